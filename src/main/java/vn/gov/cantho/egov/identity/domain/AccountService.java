package vn.gov.cantho.egov.identity.domain;

import java.time.Clock;
import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cantho.egov.audit.AuditLog;
import vn.gov.cantho.egov.identity.AccountKind;
import vn.gov.cantho.egov.identity.AccountRegistered;
import vn.gov.cantho.egov.identity.CitizenIdNumber;
import vn.gov.cantho.egov.identity.PasswordChanged;
import vn.gov.cantho.egov.shared.BusinessException;

/** Creates accounts and changes their passwords; every change is audited in its own transaction. */
@Service
public class AccountService {

	private final AccountStore accounts;
	private final AccountRules rules;
	private final PasswordEncoder passwords;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	AccountService(AccountStore accounts, AccountRules rules, PasswordEncoder passwords, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.rules = rules;
		this.passwords = passwords;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @return the stored (lower-case) username
	 * @throws BusinessException every broken rule (the first gives the code)
	 */
	@Transactional
	public String registerCitizen(CitizenRegistration r, PasswordCheck check) {
		throwAll(rules.citizen(r, check));
		String username = ContactDetails.usernameKey(r.username());
		IdentityAccount account = IdentityAccount.citizen(username, passwords.encode(r.password()), r.fullName().trim(),
				CitizenIdNumber.parse(r.idNumber(), clock), ContactDetails.mobile(r.phone()).orElseThrow(),
				ContactDetails.email(r.email()).orElse(null), clock.instant());
		insert(account);
		audit.record("identity.account.registered", username);
		events.publishEvent(new AccountRegistered(username, AccountKind.CITIZEN, null, language()));
		return username;
	}

	@Transactional
	public String registerCitizen(CitizenRegistration r) {
		return registerCitizen(r, PasswordCheck.ENFORCED);
	}

	/** An administrator creates an official bound to an existing agency, with one role. */
	@Transactional
	public String createOfficial(OfficialCreation c, PasswordCheck check) {
		throwAll(rules.official(c, check));
		String username = ContactDetails.usernameKey(c.username());
		String agency = c.agencyCode().trim();
		IdentityAccount account = IdentityAccount.official(username, passwords.encode(c.password()), c.fullName().trim(),
				ContactDetails.isBlank(c.phone()) ? null : ContactDetails.mobile(c.phone()).orElseThrow(),
				ContactDetails.email(c.email()).orElse(null), agency, c.role(), clock.instant());
		insert(account);
		audit.record("identity.account.created", username);
		events.publishEvent(new AccountRegistered(username, AccountKind.OFFICIAL, agency, language()));
		return username;
	}

	@Transactional
	public String createOfficial(OfficialCreation c) {
		return createOfficial(c, PasswordCheck.ENFORCED);
	}

	/** The owner changes his password; he must know the current one. */
	@Transactional
	public void changePassword(String username, String current, String newPassword, String confirmation) {
		IdentityAccount account = find(username);
		if (current == null || !passwords.matches(current, account.passwordHash())) {
			throw BusinessException.invalid("identity.wrong-password", "currentPassword");
		}
		rules.newPassword(account.username(), newPassword).ifPresent(e -> {
			throw e;
		});
		if (!newPassword.equals(confirmation)) {
			throw BusinessException.invalid("identity.password-mismatch", "confirmation");
		}
		account.changePassword(passwords.encode(newPassword));
		accounts.save(account);
		audit.record("identity.account.password-changed", account.username());
		events.publishEvent(new PasswordChanged(account.username(), language()));
	}

	/** @throws BusinessException 404 when no account has this username */
	public IdentityAccount find(String username) {
		return accounts.findByUsername(ContactDetails.usernameKey(username))
			.orElseThrow(() -> BusinessException.notFound("identity.account-not-found", "username"));
	}

	public boolean exists(String username) {
		return accounts.existsByUsername(ContactDetails.usernameKey(username));
	}

	/** A concurrent registration of the same username or ID number loses at the unique constraint. */
	private void insert(IdentityAccount account) {
		try {
			accounts.save(account);
		}
		catch (RuntimeException e) {
			if (causedByDuplicateKey(e)) {
				throw BusinessException.conflict(AccountRules.USERNAME_TAKEN, "username");
			}
			throw e;
		}
	}

	private static boolean causedByDuplicateKey(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof DuplicateKeyException) {
				return true;
			}
		}
		return false;
	}

	private static void throwAll(List<BusinessException> errors) {
		if (!errors.isEmpty()) {
			throw BusinessException.allOf(errors);
		}
	}

	/** The language of the current request (Vietnamese outside one), so messages reach people in the language they use. */
	private static String language() {
		return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "vi";
	}
}
