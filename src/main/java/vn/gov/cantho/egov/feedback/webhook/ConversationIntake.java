package vn.gov.cantho.egov.feedback.webhook;

import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cantho.egov.feedback.ConversationMessage;
import vn.gov.cantho.egov.feedback.FeedbackChannel;
import vn.gov.cantho.egov.feedback.FeedbackManagement;
import vn.gov.cantho.egov.feedback.InboundMessage;
import vn.gov.cantho.egov.notification.Channel;
import vn.gov.cantho.egov.notification.NotificationRequest;
import vn.gov.cantho.egov.notification.Notifications;

/**
 * What a verified platform message does, in one transaction each: the feedback module files or appends it, and the
 * acknowledgement is queued in the notification outbox with it, so a reply goes out if and only if the message was
 * taken. Retries of a message already taken change nothing and send nothing. Logs name the item, never the sender.
 */
@Service
class ConversationIntake {

	static final String RECEIVED = "feedback-webhook-received";
	static final String APPENDED = "feedback-webhook-appended";
	static final String TEXT_ONLY = "feedback-webhook-text-only";
	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
	private static final Logger log = LoggerFactory.getLogger(ConversationIntake.class);

	private final FeedbackManagement feedback;
	private final Notifications notifications;
	private final WebhookReceipts receipts;
	private final String publicUrl;

	ConversationIntake(FeedbackManagement feedback, Notifications notifications, WebhookReceipts receipts,
			@Value("${egov.feedback.public-url:http://localhost:8080}") String publicUrl) {
		this.feedback = feedback;
		this.notifications = notifications;
		this.receipts = receipts;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	/** A text message: a new item (acknowledged with its number) or an addition to the sender's open one. */
	@Transactional
	public ConversationMessage text(InboundMessage message) {
		ConversationMessage result = feedback.receiveMessage(message);
		if (result.duplicate()) {
			log.info("{} message for item {} was already taken", message.channel(), result.number());
			return result;
		}
		if (result.newItem()) {
			reply(message.channel(), message.senderId(), RECEIVED, result.number(),
					Map.of("number", result.number(), "url", publicUrl + "/phan-anh/" + result.number()));
		}
		else {
			reply(message.channel(), message.senderId(), APPENDED, result.number(), Map.of("number", result.number()));
		}
		log.info("{} message {} item {}", message.channel(), result.newItem() ? "opened" : "added to", result.number());
		return result;
	}

	/**
	 * A photo, sticker, file or location: not filed (items from these channels are text), but answered once with how
	 * to send it instead. A retry of the same message finds its receipt and is not answered again.
	 * @return whether the reply was queued now
	 */
	@Transactional
	public boolean notText(FeedbackChannel channel, String senderId, String messageId) {
		if (!receipts.firstTime(channel, messageId)) {
			return false;
		}
		reply(channel, senderId, TEXT_ONLY, null, Map.of("url", publicUrl + "/phan-anh/gui"));
		log.info("{} message that is not text answered with the text-only notice", channel);
		return true;
	}

	private void reply(FeedbackChannel channel, String senderId, String template, String number,
			Map<String, String> values) {
		notifications.send(new NotificationRequest(template, replyChannel(channel), senderId, VIETNAMESE, values,
				number));
	}

	static Channel replyChannel(FeedbackChannel channel) {
		return switch (channel) {
			case ZALO -> Channel.ZALO_OA;
			case FACEBOOK -> Channel.MESSENGER;
			default -> throw new IllegalArgumentException("not a messaging channel: " + channel);
		};
	}
}
