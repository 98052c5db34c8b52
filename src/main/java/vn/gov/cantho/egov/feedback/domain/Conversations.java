package vn.gov.cantho.egov.feedback.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.cantho.egov.audit.AuditLog;
import vn.gov.cantho.egov.feedback.ConversationMessage;
import vn.gov.cantho.egov.feedback.FeedbackChannel;
import vn.gov.cantho.egov.feedback.InboundMessage;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Zalo and Facebook conversations. A message from a sender with an open item on that channel is appended to it (a
 * message row and an internal step); otherwise it opens a new unclassified item for the coordinator, titled with its
 * first words. A platform retrying its webhook delivers the same message id again: the unique message key and the
 * item's idempotency key (the first message's id) make the retry add nothing, even when two deliveries race.
 * Messages longer than an item's description are kept in full up to that length (a chat cannot be refused).
 */
@Component
class Conversations {

	static final int TITLE_WORDS = 12;
	static final int MAX_TEXT = SubmissionRules.MAX_DESCRIPTION;

	private final JdbcClient jdbc;
	private final Intake intake;
	private final Steps steps;
	private final AuditLog audit;
	private final FeedbackProperties properties;
	private final TransactionTemplate transaction;

	Conversations(JdbcClient jdbc, Intake intake, Steps steps, AuditLog audit, FeedbackProperties properties,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.intake = intake;
		this.steps = steps;
		this.audit = audit;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
	}

	ConversationMessage receive(InboundMessage m, Instant at) {
		check(m);
		Instant now = at.truncatedTo(ChronoUnit.MICROS);
		String stripped = m.text().strip();
		String text = stripped.length() <= MAX_TEXT ? stripped : stripped.substring(0, MAX_TEXT - 1) + "…";
		Optional<String> known = numberOf(m.channel(), m.messageId());
		if (known.isPresent()) {
			return new ConversationMessage(known.get(), false, true);
		}
		Optional<Long> open = openItem(m.channel(), m.senderId());
		if (open.isPresent()) {
			return append(open.get(), m, text, now);
		}
		NewItem item = new NewItem(m.channel(), title(text), text, null, null, properties.defaultDeadlineDays(), null,
				null, null, null, trim(m.senderName(), 200), null, null, null, m.senderId().trim(), false, "vi",
				submitter(m.channel()), m.messageId().trim(), List.of(), "-", Map.of(), null);
		boolean[] made = new boolean[1];
		FeedbackItem created = intake.create(item, new SubmissionRules.Submitter(null, "-", submitter(m.channel()),
				m.messageId().trim()), now, first -> {
					insertMessage(first.id(), m, text, now, "IN");
					made[0] = true;
				});
		return new ConversationMessage(created.number(), made[0], !made[0]);
	}

	private ConversationMessage append(long itemId, InboundMessage m, String text, Instant now) {
		String number = jdbc.sql("SELECT number FROM feedback_item WHERE id = :id")
			.param("id", itemId)
			.query(String.class)
			.single();
		try {
			transaction.executeWithoutResult(status -> {
				insertMessage(itemId, m, text, now, "IN");
				String state = jdbc.sql("SELECT state FROM feedback_item WHERE id = :id")
					.param("id", itemId)
					.query(String.class)
					.single();
				jdbc.sql("UPDATE feedback_item SET updated_at = :now, version = version + 1 WHERE id = :id")
					.param("now", Times.utc(now))
					.param("id", itemId)
					.update();
				steps.append(itemId, now, null, null, vn.gov.cantho.egov.feedback.FeedbackState.valueOf(state),
						m.channel().name().toLowerCase(java.util.Locale.ROOT), null, null, text, false);
				audit.record("feedback.item.message-received", number);
			});
			return new ConversationMessage(number, false, false);
		}
		catch (RuntimeException e) {
			if (!Intake.causedByDuplicateKey(e)) {
				throw e;
			}
			return new ConversationMessage(number, false, true);
		}
	}

	private void insertMessage(long itemId, InboundMessage m, String text, Instant now, String direction) {
		jdbc.sql("""
				INSERT INTO feedback_message (item_id, channel, direction, external_message_id, text, occurred_at)
				VALUES (:item, :channel, :direction, :id, :text, :at)""")
			.param("item", itemId)
			.param("channel", m.channel().name())
			.param("direction", direction)
			.param("id", m.messageId().trim())
			.param("text", text)
			.param("at", Times.utc(m.sentAt() == null ? now : m.sentAt()))
			.update();
	}

	private Optional<String> numberOf(FeedbackChannel channel, String messageId) {
		return jdbc.sql("""
				SELECT i.number FROM feedback_message m JOIN feedback_item i ON i.id = m.item_id
				WHERE m.channel = :channel AND m.external_message_id = :id""")
			.param("channel", channel.name())
			.param("id", messageId.trim())
			.query(String.class)
			.optional();
	}

	private Optional<Long> openItem(FeedbackChannel channel, String senderId) {
		return jdbc.sql("""
				SELECT id FROM feedback_item WHERE channel = :channel AND reporter_external_id = :sender
				    AND state IN (:open) ORDER BY created_at DESC, id DESC LIMIT 1""")
			.param("channel", channel.name())
			.param("sender", senderId.trim())
			.param("open", ItemQueries.OPEN)
			.query(Long.class)
			.optional();
	}

	private static void check(InboundMessage m) {
		if (m == null || (m.channel() != FeedbackChannel.ZALO && m.channel() != FeedbackChannel.FACEBOOK)) {
			throw BusinessException.invalid("feedback.channel-not-messaging", "channel");
		}
		if (blank(m.senderId()) || m.senderId().trim().length() > 100) {
			throw BusinessException.invalid("feedback.sender-required", "senderId");
		}
		if (blank(m.messageId()) || m.messageId().trim().length() > 100) {
			throw BusinessException.invalid("feedback.message-id-required", "messageId");
		}
		if (blank(m.text())) {
			throw BusinessException.invalid("feedback.description-required", "text");
		}
	}

	/** The first words, at most 12 and 200 characters. */
	static String title(String text) {
		String[] words = text.strip().split("\\s+");
		StringBuilder title = new StringBuilder();
		for (int i = 0; i < Math.min(TITLE_WORDS, words.length); i++) {
			if (title.length() + words[i].length() + 1 > SubmissionRules.MAX_TITLE - 1) {
				break;
			}
			title.append(i == 0 ? "" : " ").append(words[i]);
		}
		if (title.isEmpty()) {
			title.append(text, 0, Math.min(text.length(), SubmissionRules.MAX_TITLE - 1));
		}
		return words.length > TITLE_WORDS || title.length() < text.strip().length() ? title + "…" : title.toString();
	}

	static String submitter(FeedbackChannel channel) {
		return "channel:" + channel.name();
	}

	private static String trim(String text, int max) {
		if (blank(text)) {
			return null;
		}
		String t = text.trim();
		return t.length() <= max ? t : t.substring(0, max);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
