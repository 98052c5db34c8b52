package vn.gov.cantho.egov.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.notification.Channel;
import vn.gov.cantho.egov.notification.DeliveryStatus;
import vn.gov.cantho.egov.notification.domain.Outbox;
import vn.gov.cantho.egov.notification.domain.TemplateRenderer;

/** E-mail over SMTP to an in-process server: plain text in UTF-8, the right recipient, subject and sender. */
@IntegrationTest
class EmailDeliveryTest {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(
			new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

	@Autowired
	Outbox outbox;

	@Autowired
	TemplateRenderer templates;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	OutboxFixture fixture;
	TestClock clock = TestClock.farFuture();
	String address = "citizen-" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";

	@BeforeEach
	void setUp() {
		fixture = new OutboxFixture(outbox, templates, jdbc, transactions);
	}

	Dispatcher dispatcher(int port) {
		JavaMailSenderImpl mail = new JavaMailSenderImpl();
		mail.setHost("127.0.0.1");
		mail.setPort(port);
		mail.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
		mail.getJavaMailProperties().put("mail.smtp.timeout", "5000");
		EmailSender sender = new EmailSender(mail, "Cổng dịch vụ công Cần Thơ <khong-tra-loi@cantho.gov.vn>");
		return fixture.dispatcher("node-mail", List.of(sender), clock, true, 8);
	}

	@Test
	void deliversAPlainTextMessageInTheRecipientsLanguage() throws Exception {
		String reference = fixture.queue("password-changed", Channel.EMAIL, address, Locale.ENGLISH,
				Map.of("fullName", "Phạm Minh Đức", "username", "duc.pham", "changedAt", "14:05 03/03/2025"), clock);

		dispatcher(smtp.getSmtp().getPort()).dispatchDue();

		List<MimeMessage> mine = Arrays.stream(smtp.getReceivedMessages())
			.filter(m -> recipients(m).contains(address))
			.toList();
		assertThat(mine).hasSize(1);
		MimeMessage email = mine.get(0);
		assertThat(email.getSubject()).isEqualTo("Your account password has been changed");
		assertThat(email.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
		assertThat(email.getContent().toString()).startsWith("Hello Phạm Minh Đức,")
			.contains("duc.pham")
			.contains("14:05 03/03/2025");
		InternetAddress from = (InternetAddress) email.getFrom()[0];
		assertThat(from.getAddress()).isEqualTo("khong-tra-loi@cantho.gov.vn");
		assertThat(from.getPersonal()).isEqualTo("Cổng dịch vụ công Cần Thơ");

		OutboxFixture.Row row = fixture.row(reference);
		assertThat(row.status()).isEqualTo(DeliveryStatus.SENT);
		assertThat(row.deliveredVia()).isEqualTo(EmailSender.VIA);
	}

	@Test
	void anUnreachableMailServerIsRetriedWithoutNamingTheAddress() throws Exception {
		int closedPort;
		try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}
		String reference = fixture.queueTestMessage(Channel.EMAIL, address, clock);

		dispatcher(closedPort).dispatchDue();

		OutboxFixture.Row row = fixture.row(reference);
		assertThat(row.status()).isEqualTo(DeliveryStatus.PENDING);
		assertThat(row.attempts()).isEqualTo(1);
		assertThat(row.lastError()).startsWith("SMTP:").doesNotContain(address);
	}

	private static String recipients(MimeMessage message) {
		try {
			return Arrays.toString(message.getRecipients(Message.RecipientType.TO));
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}
}
