package vn.gov.cantho.egov.feedback.domain;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.cantho.egov.directory.AgencyDirectory;
import vn.gov.cantho.egov.directory.AgencyView;
import vn.gov.cantho.egov.feedback.FeedbackAction;
import vn.gov.cantho.egov.feedback.FeedbackChannel;
import vn.gov.cantho.egov.feedback.FeedbackEscalated;
import vn.gov.cantho.egov.feedback.FeedbackEvent;
import vn.gov.cantho.egov.feedback.FeedbackMerged;
import vn.gov.cantho.egov.feedback.FeedbackRejected;
import vn.gov.cantho.egov.feedback.FeedbackResolved;
import vn.gov.cantho.egov.identity.AccountDirectory;
import vn.gov.cantho.egov.identity.AccountView;
import vn.gov.cantho.egov.identity.Roles;
import vn.gov.cantho.egov.notification.Channel;
import vn.gov.cantho.egov.notification.NotificationRequest;
import vn.gov.cantho.egov.notification.Notifications;
import vn.gov.cantho.egov.shared.BusinessException;
import vn.gov.cantho.egov.shared.Contacts;

/**
 * Tells the reporter the item's number on filing and its outcome (answer, rejection, merge), in the language of the
 * item: by SMS when a phone was given, by e-mail when an address was, and in the conversation for Zalo and Facebook
 * items (whose acknowledgement the webhook sends itself); replies in a conversation are kept as its outgoing
 * messages. Tells the agency's leaders and the coordinators when an item is escalated, by e-mail or else SMS. The
 * filing notice is queued with the filing; the others after the change commits, from the event publication registry,
 * so a crash in between still sends the message.
 */
@Component
class FeedbackMessages {

	private static final Logger log = LoggerFactory.getLogger(FeedbackMessages.class);
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
	/**
	 * Answers may be 8,000 characters but a message at most 4,000 (and Zalo and Messenger cut at 2,000): longer texts
	 * are cut here, the whole answer stays on the follow page the message points to.
	 */
	static final int EXCERPT = 1500;

	private final ItemRepository items;
	private final Steps steps;
	private final Notifications notifications;
	private final AgencyDirectory agencies;
	private final AccountDirectory accounts;
	private final MessageSource messages;
	private final FeedbackProperties properties;
	private final JdbcClient jdbc;
	private final TransactionTemplate eachMessage;

	FeedbackMessages(ItemRepository items, Steps steps, Notifications notifications, AgencyDirectory agencies,
			AccountDirectory accounts, MessageSource messages, FeedbackProperties properties, JdbcClient jdbc,
			PlatformTransactionManager transactions) {
		this.eachMessage = new TransactionTemplate(transactions);
		this.eachMessage.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.items = items;
		this.steps = steps;
		this.notifications = notifications;
		this.agencies = agencies;
		this.accounts = accounts;
		this.messages = messages;
		this.properties = properties;
		this.jdbc = jdbc;
	}

	/**
	 * The number and deadline of a new item, queued in the filing transaction itself: filing is the busiest write of
	 * the module, and a listener would cost it an event publication, a second read of the item and two more commits.
	 * Only recipients the filing rules accepted are written to, which the notification module accepts too, so a
	 * refusal cannot roll back a filing (an account's own phone or e-mail of another form is skipped instead).
	 */
	void received(FeedbackItem item) {
		if (messaging(item)) {
			return;
		}
		Locale locale = Locale.forLanguageTag(item.language());
		Map<String, String> values = values(item, Map.of("dueAt", when(item)));
		Contacts.mobile(item.reporterPhone())
			.ifPresent(phone -> notifications.send(new NotificationRequest("feedback-received", Channel.SMS, phone,
					locale, values, item.number())));
		Contacts.email(item.reporterEmail())
			.ifPresent(email -> notifications.send(new NotificationRequest("feedback-received", Channel.EMAIL,
					email, locale, values, item.number())));
	}

	@ApplicationModuleListener
	void resolved(FeedbackResolved event) {
		items.findByNumber(event.number())
			.ifPresent(i -> toReporter("feedback-answered", i, Map.of("answer", excerpt(i.answer()), "agency",
					agencyName(i.agencyCode(), i.language()), "reopenDays",
					Integer.toString(properties.reopenDays()))));
	}

	@ApplicationModuleListener
	void rejected(FeedbackRejected event) {
		items.findByNumber(event.number()).ifPresent(i -> {
			Locale locale = Locale.forLanguageTag(i.language());
			String reason = messages.getMessage("feedback.reject-reason." + i.rejectReason(), null,
					String.valueOf(i.rejectReason()), locale);
			toReporter("feedback-rejected", i, Map.of("reason", reason, "comment",
					excerpt(steps.lastComment(i.id(), FeedbackAction.REJECT).orElse(""))));
		});
	}

	@ApplicationModuleListener
	void merged(FeedbackMerged event) {
		items.findByNumber(event.number())
			.ifPresent(i -> toReporter("feedback-merged", i, Map.of("target", i.mergedInto())));
	}

	/** The agency's leaders and every coordinator, each once, by e-mail or else by SMS. */
	@ApplicationModuleListener
	void escalated(FeedbackEscalated event) {
		items.findByNumber(event.number()).ifPresent(i -> {
			Map<String, AccountView> recipients = new LinkedHashMap<>();
			if (i.agencyCode() != null) {
				accounts.officials(i.agencyCode())
					.stream()
					.filter(a -> a.roles().contains(Roles.LEADER) && !a.locked())
					.forEach(a -> recipients.putIfAbsent(a.username(), a));
			}
			for (AgencyView agency : agencies.agencies()) {
				accounts.officials(agency.code())
					.stream()
					.filter(a -> a.roles().contains(Roles.OPERATOR_1022) && !a.locked())
					.forEach(a -> recipients.putIfAbsent(a.username(), a));
			}
			Map<String, String> values = values(i, Map.of("dueAt", when(i), "agency",
					i.agencyCode() == null ? "-" : agencyName(i.agencyCode(), "vi")));
			for (AccountView a : recipients.values()) {
				boolean email = a.email() != null && !a.email().isBlank();
				if (email || (a.phone() != null && !a.phone().isBlank())) {
					queue(new NotificationRequest("feedback-escalated", email ? Channel.EMAIL : Channel.SMS,
							email ? a.email() : a.phone(), Locale.forLanguageTag("vi"), values, i.number()),
							reference -> {
							});
				}
			}
		});
	}

	private void toReporter(String template, FeedbackItem item, Map<String, String> extra) {
		Locale locale = Locale.forLanguageTag(item.language());
		Map<String, String> values = values(item, extra);
		for (Map.Entry<Channel, String> to : recipients(item).entrySet()) {
			queue(new NotificationRequest(template, to.getKey(), to.getValue(), locale, values, item.number()),
					reference -> {
						if (messaging(item) && (to.getKey() == Channel.ZALO_OA || to.getKey() == Channel.MESSENGER)) {
							keepOutgoing(item, reference, template);
						}
					});
		}
	}

	private static Map<Channel, String> recipients(FeedbackItem item) {
		Map<Channel, String> to = new LinkedHashMap<>();
		if (item.channel() == FeedbackChannel.ZALO && item.reporterExternalId() != null) {
			to.put(Channel.ZALO_OA, item.reporterExternalId());
		}
		if (item.channel() == FeedbackChannel.FACEBOOK && item.reporterExternalId() != null) {
			to.put(Channel.MESSENGER, item.reporterExternalId());
		}
		if (item.reporterPhone() != null) {
			to.put(Channel.SMS, item.reporterPhone());
		}
		if (item.reporterEmail() != null) {
			to.put(Channel.EMAIL, item.reporterEmail());
		}
		return to;
	}

	/**
	 * Queues one message in a transaction of its own, so that a recipient the notification module refuses (which
	 * marks the transaction it runs in for rollback) costs only that message.
	 */
	private void queue(NotificationRequest request, java.util.function.Consumer<String> then) {
		try {
			eachMessage.executeWithoutResult(status -> then.accept(notifications.send(request)));
		}
		catch (BusinessException e) {
			// One unusable address must not hold back the others nor retry the event for ever.
			log.warn("Feedback {}: {} by {} not queued ({})", request.reference(), request.template(),
					request.channel(), e.code());
		}
	}

	/** A reply in a Zalo or Facebook conversation is one of its messages too. */
	private void keepOutgoing(FeedbackItem item, String reference, String template) {
		jdbc.sql("""
				INSERT INTO feedback_message (item_id, channel, direction, external_message_id, text, occurred_at)
				VALUES (:item, :channel, 'OUT', :id, :text, CURRENT_TIMESTAMP) ON CONFLICT DO NOTHING""")
			.param("item", item.id())
			.param("channel", item.channel().name())
			.param("id", "notification:" + reference)
			.param("text", template)
			.update();
	}

	private static Map<String, String> values(FeedbackItem item, Map<String, String> extra) {
		Map<String, String> values = new HashMap<>(extra);
		values.put("number", item.number());
		values.put("title", item.title());
		return values;
	}

	private String agencyName(String code, String language) {
		return agencies.agency(code)
			.map(a -> "en".equals(language) && a.nameEn() != null ? a.nameEn() : a.name())
			.orElse(code == null ? "" : code);
	}

	private static boolean messaging(FeedbackItem item) {
		return item.channel() == FeedbackChannel.ZALO || item.channel() == FeedbackChannel.FACEBOOK;
	}

	private static String when(FeedbackItem item) {
		return item.dueAt() == null ? "" : Times.local(item.dueAt()).format(WHEN);
	}

	static String excerpt(String text) {
		if (text == null || text.length() <= EXCERPT) {
			return text;
		}
		int cut = text.lastIndexOf(' ', EXCERPT - 1);
		return text.substring(0, cut > EXCERPT / 2 ? cut : EXCERPT - 1) + "…";
	}
}
