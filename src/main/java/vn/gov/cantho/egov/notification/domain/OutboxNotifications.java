package vn.gov.cantho.egov.notification.domain;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cantho.egov.notification.NotificationRequest;
import vn.gov.cantho.egov.notification.NotificationStatus;
import vn.gov.cantho.egov.notification.Notifications;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Writes messages to the outbox; the dispatcher delivers them after commit.
 * <p>
 * {@code send} requires the caller's transaction (MANDATORY) rather than opening one (REQUIRED): the outbox exists so
 * that a message is queued if and only if the change it announces commits. A caller that forgot its transaction would,
 * under REQUIRED, commit the message on its own and could tell a citizen about a change that then rolled back; with
 * MANDATORY that mistake fails at once, in the caller's tests. Code with nothing else to commit (an administrator's
 * test message) opens a transaction explicitly.
 */
@Service
class OutboxNotifications implements Notifications {

	private static final Logger log = LoggerFactory.getLogger(OutboxNotifications.class);

	/** Column sizes of notification_message. */
	private static final int MAX_BODY = 4000;
	private static final int MAX_SUBJECT = 300;

	private final Outbox outbox;
	private final TemplateRenderer templates;
	private final Clock clock;

	OutboxNotifications(Outbox outbox, TemplateRenderer templates, Clock clock) {
		this.outbox = outbox;
		this.templates = templates;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public String send(NotificationRequest request) {
		if (request.channel() == null) {
			throw BusinessException.invalid("notification.invalid-recipient", "channel");
		}
		Locale locale = TemplateRenderer.supported(request.locale());
		TemplateRenderer.Rendered text = templates.render(request.template(), locale, request.values());
		if (text.body().length() > MAX_BODY || text.subject() != null && text.subject().length() > MAX_SUBJECT) {
			throw BusinessException.invalid("notification.too-long", "values");
		}
		String recipient = Recipients.normalise(request.channel(), request.recipient());
		String reference = References.next();
		outbox.insert(new Outbox.NewMessage(reference, request.template(), request.channel(), recipient, locale,
				text.subject(), text.body(), request.values(), request.reference()), OffsetDateTime.now(clock));
		log.info("Queued notification {} ({}, {})", reference, request.template(), request.channel());
		return reference;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<NotificationStatus> status(String reference) {
		return reference == null ? Optional.empty() : outbox.status(reference);
	}
}
