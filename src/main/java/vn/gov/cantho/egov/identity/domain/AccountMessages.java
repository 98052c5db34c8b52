package vn.gov.cantho.egov.identity.domain;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.identity.AccountDirectory;
import vn.gov.cantho.egov.identity.AccountKind;
import vn.gov.cantho.egov.identity.AccountRegistered;
import vn.gov.cantho.egov.identity.AccountView;
import vn.gov.cantho.egov.identity.PasswordChanged;
import vn.gov.cantho.egov.notification.Channel;
import vn.gov.cantho.egov.notification.NotificationRequest;
import vn.gov.cantho.egov.notification.Notifications;

/**
 * Tells people about their account: a welcome when a citizen registers, a warning when a password changes (in case
 * it was not them). Runs after the change commits, from the event publication registry, so a crash in between
 * still sends the message; e-mail when there is an address, SMS otherwise.
 */
@Component
class AccountMessages {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	private final AccountDirectory accounts;
	private final Notifications notifications;
	private final Clock clock;

	AccountMessages(AccountDirectory accounts, Notifications notifications, Clock clock) {
		this.accounts = accounts;
		this.notifications = notifications;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void welcome(AccountRegistered registered) {
		if (registered.kind() != AccountKind.CITIZEN) {
			return;
		}
		accounts.account(registered.username())
			.ifPresent(account -> send("account-registered", account, registered.language(), Map.of()));
	}

	@ApplicationModuleListener
	void warnOfPasswordChange(PasswordChanged changed) {
		String when = ZonedDateTime.now(clock).format(WHEN);
		accounts.account(changed.username())
			.ifPresent(account -> send("password-changed", account, changed.language(), Map.of("changedAt", when)));
	}

	private void send(String template, AccountView account, String language, Map<String, String> extra) {
		Channel channel = account.email() != null ? Channel.EMAIL : Channel.SMS;
		String recipient = channel == Channel.EMAIL ? account.email() : account.phone();
		if (recipient == null) {
			return;
		}
		Map<String, String> values = new java.util.HashMap<>(extra);
		values.put("fullName", account.fullName());
		values.put("username", account.username());
		notifications.send(new NotificationRequest(template, channel, recipient, Locale.forLanguageTag(language),
				values, account.username()));
	}
}
