package vn.gov.cantho.egov.dossier.domain;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.dossier.DossierApologised;
import vn.gov.cantho.egov.dossier.DossierApproved;
import vn.gov.cantho.egov.dossier.DossierEvent;
import vn.gov.cantho.egov.dossier.DossierReceived;
import vn.gov.cantho.egov.dossier.DossierRefused;
import vn.gov.cantho.egov.dossier.DossierReturned;
import vn.gov.cantho.egov.dossier.SupplementRequested;
import vn.gov.cantho.egov.notification.Channel;
import vn.gov.cantho.egov.notification.NotificationRequest;
import vn.gov.cantho.egov.notification.Notifications;
import vn.gov.cantho.egov.procedure.DeliveryOption;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Tells the applicant what happened to the dossier: receipt with the code and appointment, supplement request,
 * refusal, apology with the new date, result ready, result returned or posted. By SMS to the applicant's phone and
 * also by e-mail when one was given, in the language of the application. Runs after the change commits, from the
 * event publication registry, so a crash in between still sends the message.
 */
@Component
class DossierMessages {

	private static final Logger log = LoggerFactory.getLogger(DossierMessages.class);
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	private final DossierRepository dossiers;
	private final History history;
	private final Notifications notifications;

	DossierMessages(DossierRepository dossiers, History history, Notifications notifications) {
		this.dossiers = dossiers;
		this.history = history;
		this.notifications = notifications;
	}

	@ApplicationModuleListener
	void received(DossierReceived event) {
		send("dossier-received", event, d -> Map.of("dueAt", when(d)));
	}

	@ApplicationModuleListener
	void supplementRequested(SupplementRequested event) {
		send("dossier-supplement-requested", event, d -> Map.of("reason", lastComment(d)));
	}

	@ApplicationModuleListener
	void refused(DossierRefused event) {
		send("dossier-refused", event, d -> Map.of("reason", lastComment(d)));
	}

	@ApplicationModuleListener
	void apologised(DossierApologised event) {
		send("dossier-apologised", event, d -> Map.of("reason", lastComment(d), "dueAt", when(d)));
	}

	@ApplicationModuleListener
	void resultReady(DossierApproved event) {
		send("dossier-result-ready", event, d -> Map.of());
	}

	@ApplicationModuleListener
	void returned(DossierReturned event) {
		dossiers.findByCode(event.code()).ifPresent(d -> {
			if (d.trackingNumber() != null && d.delivery() == DeliveryOption.POST) {
				send("dossier-posted", event, x -> Map.of("trackingNumber", d.trackingNumber()));
			}
			else {
				send("dossier-returned", event, x -> Map.of());
			}
		});
	}

	private void send(String template, DossierEvent event,
			java.util.function.Function<Dossier, Map<String, String>> extra) {
		dossiers.findByCode(event.code()).ifPresent(d -> {
			Locale locale = Locale.forLanguageTag(d.language());
			Map<String, String> values = new HashMap<>(extra.apply(d));
			values.put("fullName", d.applicantName());
			values.put("code", d.code());
			values.put("procedure", "en".equals(d.language()) && d.procedureNameEn() != null ? d.procedureNameEn()
					: d.procedureNameVi());
			for (Channel channel : channels(d)) {
				String recipient = channel == Channel.EMAIL ? d.applicantEmail() : d.applicantPhone();
				try {
					notifications.send(new NotificationRequest(template, channel, recipient, locale, values, d.code()));
				}
				catch (BusinessException e) {
					// One unusable address must not hold back the other channel nor retry the event for ever.
					log.warn("Dossier {}: {} by {} not queued ({})", d.code(), template, channel, e.code());
				}
			}
		});
	}

	private static List<Channel> channels(Dossier d) {
		return d.applicantEmail() == null ? List.of(Channel.SMS) : List.of(Channel.SMS, Channel.EMAIL);
	}

	private static String when(Dossier d) {
		return d.dueAt() == null ? "" : Times.local(d.dueAt()).format(WHEN);
	}

	private String lastComment(Dossier d) {
		return history.lastComment(d.id()).orElse("");
	}
}
