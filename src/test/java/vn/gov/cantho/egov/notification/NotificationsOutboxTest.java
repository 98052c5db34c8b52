package vn.gov.cantho.egov.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.shared.BusinessException;

/** The public API: messages are queued in the caller's transaction, rendered at once, and tracked by reference. */
@IntegrationTest
class NotificationsOutboxTest {

	@Autowired
	Notifications notifications;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	final String phone = "09" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);

	NotificationRequest welcome(String recipient) {
		return new NotificationRequest("account-registered", Channel.SMS, recipient, Locale.forLanguageTag("vi"),
				Map.of("fullName", "Võ Văn Em", "username", "em.vo"), "em.vo");
	}

	@Test
	void aCommittedCallerLeavesARenderedMessageWithAPublicReference() {
		String reference = transactions.execute(tx -> notifications.send(welcome(phone)));

		assertThat(reference).matches("TB-[0-9A-HJKMNP-TV-Z]{10}");
		NotificationStatus status = notifications.status(reference).orElseThrow();
		assertThat(status.channel()).isEqualTo(Channel.SMS);
		assertThat(status.createdAt()).isNotNull();
		Map<String, Object> row = jdbc.sql("""
				SELECT template, recipient, locale, body, about_reference FROM notification_message
				WHERE reference = :reference""").param("reference", reference).query().singleRow();
		assertThat(row).containsEntry("template", "account-registered")
			.containsEntry("recipient", "84" + phone.substring(1))
			.containsEntry("locale", "vi")
			.containsEntry("about_reference", "em.vo");
		assertThat(row.get("body").toString()).startsWith("Xin chào Võ Văn Em,");
	}

	@Test
	void theScheduledDispatcherDeliversCommittedMessagesUnconfiguredSmsToTheDemoMailbox() {
		String reference = transactions.execute(tx -> notifications.send(welcome(phone)));

		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			NotificationStatus status = notifications.status(reference).orElseThrow();
			assertThat(status.status()).isEqualTo(DeliveryStatus.SENT);
			assertThat(status.attempts()).isEqualTo(1);
			assertThat(status.sentAt()).isNotNull();
		});
		assertThat(jdbc.sql("SELECT delivered_via FROM notification_message WHERE reference = :reference")
			.param("reference", reference)
			.query(String.class)
			.single()).isEqualTo("demo");
	}

	@Test
	void aRolledBackCallerLeavesNoMessage() {
		AtomicReference<String> reference = new AtomicReference<>();
		Long before = countFor(phone);

		transactions.executeWithoutResult(tx -> {
			reference.set(notifications.send(welcome(phone)));
			tx.setRollbackOnly();
		});

		assertThat(reference.get()).isNotNull();
		assertThat(notifications.status(reference.get())).isEmpty();
		assertThat(countFor(phone)).isEqualTo(before).isZero();
	}

	@Test
	void aCallerWithoutATransactionIsToldSoInsteadOfSendingUnguarded() {
		assertThatThrownBy(() -> notifications.send(welcome(phone))).isInstanceOf(IllegalTransactionStateException.class);
		assertThat(countFor(phone)).isZero();
	}

	@Test
	void anUnknownTemplateIsABusinessError() {
		NotificationRequest unknown = new NotificationRequest("no-such-template", Channel.EMAIL, "a@b.vn",
				Locale.ENGLISH, Map.of(), null);

		assertThatThrownBy(() -> transactions.execute(tx -> notifications.send(unknown)))
			.isInstanceOfSatisfying(BusinessException.class, e -> {
				assertThat(e.code()).isEqualTo("notification.unknown-template");
				assertThat(e.field()).isEqualTo("template");
			});
	}

	@Test
	void anInvalidRecipientIsABusinessError() {
		assertThatThrownBy(() -> transactions.execute(tx -> notifications.send(welcome("12345"))))
			.isInstanceOfSatisfying(BusinessException.class,
					e -> assertThat(e.code()).isEqualTo("notification.invalid-recipient"));
	}

	@Test
	void anUnknownReferenceHasNoStatus() {
		assertThat(notifications.status("TB-0000000000")).isEmpty();
		assertThat(notifications.status(null)).isEmpty();
	}

	private Long countFor(String mobile) {
		return jdbc.sql("SELECT COUNT(*) FROM notification_message WHERE recipient = :recipient")
			.param("recipient", "84" + mobile.substring(1))
			.query(Long.class)
			.single();
	}
}
