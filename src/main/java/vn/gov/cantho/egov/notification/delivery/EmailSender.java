package vn.gov.cantho.egov.notification.delivery;

import java.io.UnsupportedEncodingException;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import vn.gov.cantho.egov.notification.Channel;
import vn.gov.cantho.egov.notification.domain.DeliveryOutcome;
import vn.gov.cantho.egov.notification.domain.OutboxMessage;

/**
 * E-mail over SMTP as plain text. Errors are reduced to a fixed phrase: JavaMail's own messages quote the addresses
 * they failed on, which must not reach the outbox or the logs.
 */
public class EmailSender implements ChannelSender {

	public static final String VIA = "smtp";
	private static final String UTF_8 = "UTF-8";

	private final JavaMailSender mail;
	private final String from;

	/** @param mail {@code null} when no SMTP server is configured */
	public EmailSender(JavaMailSender mail, String from) {
		this.mail = mail;
		this.from = from;
	}

	@Override
	public Channel channel() {
		return Channel.EMAIL;
	}

	@Override
	public Optional<String> notConfigured(OutboxMessage message) {
		if (mail == null || from == null || from.isBlank()) {
			return Optional.of("channel not configured: no SMTP server or sender address");
		}
		return Optional.empty();
	}

	@Override
	public DeliveryOutcome deliver(OutboxMessage message) {
		MimeMessage email;
		try {
			email = compose(message);
		}
		catch (MessagingException | UnsupportedEncodingException e) {
			return new DeliveryOutcome.Permanent("SMTP: message could not be prepared");
		}
		try {
			mail.send(email);
			return new DeliveryOutcome.Delivered(VIA, null);
		}
		catch (MailParseException | MailPreparationException e) {
			return new DeliveryOutcome.Permanent("SMTP: message could not be prepared");
		}
		catch (MailAuthenticationException e) {
			return new DeliveryOutcome.Retry("SMTP: authentication failed");
		}
		catch (MailSendException e) {
			return rejectedRecipient(e) ? new DeliveryOutcome.Permanent("SMTP: recipient rejected")
					: new DeliveryOutcome.Retry("SMTP: sending failed");
		}
		catch (MailException e) {
			return new DeliveryOutcome.Retry("SMTP: " + e.getClass().getSimpleName());
		}
	}

	/** Plain text in UTF-8 throughout, including a Vietnamese sender name: never the platform's default charset. */
	private MimeMessage compose(OutboxMessage message) throws MessagingException, UnsupportedEncodingException {
		MimeMessage email = mail.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(email, false, UTF_8);
		InternetAddress sender = new InternetAddress(from, true);
		helper.setFrom(new InternetAddress(sender.getAddress(), sender.getPersonal(), UTF_8));
		helper.setTo(message.recipient());
		helper.setSubject(message.subject() == null ? "" : message.subject());
		helper.setText(message.body(), false);
		return email;
	}

	/** The server refused the address itself (a 5xx to RCPT TO): sending again would be refused again. */
	private static boolean rejectedRecipient(MailSendException e) {
		for (Exception failure : e.getFailedMessages().values()) {
			if (failure instanceof SendFailedException sendFailed && sendFailed.getInvalidAddresses() != null
					&& sendFailed.getInvalidAddresses().length > 0) {
				return true;
			}
		}
		return false;
	}
}
