package vn.gov.cantho.egov.identity.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.directory.AgencyDirectory;
import vn.gov.cantho.egov.identity.CitizenIdNumber;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Checks what a person typed before an account is created and reports every broken rule at once, so a form or an API
 * client can show them all. Each violation names its field.
 */
@Component
public class AccountRules {

	public static final String REQUIRED = "identity.required";
	public static final String USERNAME_TAKEN = "identity.username-taken";

	private final AccountStore accounts;
	private final AgencyDirectory agencies;
	private final RoleCatalog roles;
	private final Clock clock;

	AccountRules(AccountStore accounts, AgencyDirectory agencies, RoleCatalog roles, Clock clock) {
		this.accounts = accounts;
		this.agencies = agencies;
		this.roles = roles;
		this.clock = clock;
	}

	public List<BusinessException> citizen(CitizenRegistration r, PasswordCheck check) {
		List<BusinessException> errors = new ArrayList<>();
		fullName(r.fullName(), errors);
		if (ContactDetails.isBlank(r.idNumber())) {
			errors.add(BusinessException.invalid(REQUIRED, "idNumber"));
		}
		else {
			try {
				CitizenIdNumber number = CitizenIdNumber.parse(r.idNumber(), clock);
				if (accounts.existsByIdNumber(number.value())) {
					errors.add(BusinessException.conflict("identity.id-number-registered", "idNumber"));
				}
			}
			catch (BusinessException e) {
				errors.add(e);
			}
		}
		if (ContactDetails.isBlank(r.phone())) {
			errors.add(BusinessException.invalid(REQUIRED, "phone"));
		}
		else {
			phone(r.phone(), errors);
		}
		email(r.email(), errors);
		username(r.username(), errors);
		password(r.username(), r.password(), check, errors);
		if (r.passwordConfirmation() != null && !Objects.equals(r.password(), r.passwordConfirmation())) {
			errors.add(BusinessException.invalid("identity.password-mismatch", "passwordConfirmation"));
		}
		return errors;
	}

	public List<BusinessException> official(OfficialCreation c, PasswordCheck check) {
		List<BusinessException> errors = new ArrayList<>();
		fullName(c.fullName(), errors);
		username(c.username(), errors);
		password(c.username(), c.password(), check, errors);
		if (!ContactDetails.isBlank(c.phone())) {
			phone(c.phone(), errors);
		}
		email(c.email(), errors);
		if (ContactDetails.isBlank(c.agencyCode())) {
			errors.add(BusinessException.invalid(REQUIRED, "agencyCode"));
		}
		else if (agencies.agency(c.agencyCode().trim()).isEmpty()) {
			errors.add(BusinessException.invalid("identity.unknown-agency", "agencyCode"));
		}
		if (ContactDetails.isBlank(c.role())) {
			errors.add(BusinessException.invalid(REQUIRED, "role"));
		}
		else if (!roles.officialRoles().contains(c.role())) {
			errors.add(BusinessException.invalid("identity.unknown-role", "role"));
		}
		return errors;
	}

	/** Rules for a new password of an existing account. */
	public Optional<BusinessException> newPassword(String username, String password) {
		return PasswordRules.check(username, password).map(code -> BusinessException.invalid(code, "newPassword"));
	}

	private static void fullName(String fullName, List<BusinessException> errors) {
		if (ContactDetails.isBlank(fullName)) {
			errors.add(BusinessException.invalid(REQUIRED, "fullName"));
		}
		else if (fullName.trim().length() > 200) {
			errors.add(BusinessException.invalid("identity.full-name-too-long", "fullName"));
		}
	}

	private static void phone(String phone, List<BusinessException> errors) {
		if (ContactDetails.mobile(phone).isEmpty()) {
			errors.add(BusinessException.invalid("identity.invalid-phone", "phone"));
		}
	}

	private static void email(String email, List<BusinessException> errors) {
		if (!ContactDetails.isBlank(email) && ContactDetails.email(email).isEmpty()) {
			errors.add(BusinessException.invalid("identity.invalid-email", "email"));
		}
	}

	private void username(String username, List<BusinessException> errors) {
		String key = ContactDetails.usernameKey(username);
		if (key.isEmpty()) {
			errors.add(BusinessException.invalid(REQUIRED, "username"));
		}
		else if (!ContactDetails.isValidUsername(key)) {
			errors.add(BusinessException.invalid("identity.invalid-username", "username"));
		}
		else if (accounts.existsByUsername(key)) {
			errors.add(BusinessException.conflict(USERNAME_TAKEN, "username"));
		}
	}

	private static void password(String username, String password, PasswordCheck check,
			List<BusinessException> errors) {
		if (ContactDetails.isBlank(password)) {
			errors.add(BusinessException.invalid(REQUIRED, "password"));
			return;
		}
		Optional<String> broken = PasswordRules.check(ContactDetails.usernameKey(username), password);
		if (broken.isPresent() && (check == PasswordCheck.ENFORCED || broken.get().equals(PasswordRules.TOO_LONG))) {
			errors.add(BusinessException.invalid(broken.get(), "password"));
		}
	}
}
