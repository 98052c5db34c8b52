package vn.gov.cantho.egov.feedback.open311;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.gov.cantho.egov.feedback.FeedbackFieldView;
import vn.gov.cantho.egov.feedback.FeedbackState;
import vn.gov.cantho.egov.feedback.RejectReason;
import vn.gov.cantho.egov.feedback.open311.PublicRequest.Full;
import vn.gov.cantho.egov.feedback.open311.PublicRequest.Note;
import vn.gov.cantho.egov.feedback.open311.PublicRequest.Photo;

/**
 * Writes service requests in the order and with the fields of the specification, every field present (empty when
 * unknown). Ids are strings (PA-261127-0001), times carry the +07:00 offset, expected_datetime is the answer deadline,
 * address_id is the ward or commune code, media_url the first approved photo. With the extensions: the channel, the
 * extended status, every approved photo and the public notes of the history.
 */
@Component
class RequestWriter {

	private final Services services;
	private final AgencyNames agencies;
	private final MessageSource messages;

	RequestWriter(Services services, AgencyNames agencies, MessageSource messages) {
		this.services = services;
		this.agencies = agencies;
		this.messages = messages;
	}

	void write(Open311Output out, List<Full> requests, boolean extensions, Locale locale) {
		Texts texts = new Texts(locale, ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
		out.startList("service_requests", "request");
		for (Full full : requests) {
			write(out, full, extensions, texts);
		}
		out.endList();
	}

	private void write(Open311Output out, Full full, boolean extensions, Texts texts) {
		PublicRequest r = full.request();
		Optional<FeedbackFieldView> field = texts.field(r.fieldCode());
		out.startItem();
		out.string("service_request_id", r.number());
		out.string("status", StatusMapping.status(r.state()));
		out.string("status_notes", statusNotes(r, texts.locale));
		out.string("service_name", field.map(f -> Services.name(f, texts.locale)).orElse(r.fieldCode()));
		out.string("service_code", r.fieldCode());
		out.string("description", r.description());
		out.string("agency_responsible", agencies.name(r.agencyCode(), texts.locale));
		out.string("service_notice", field.map(f -> texts.notice(f)).orElse(null));
		out.time("requested_datetime", r.createdAt());
		out.time("updated_datetime", r.updated());
		out.time("expected_datetime", r.dueAt());
		out.string("address", r.address());
		out.string("address_id", r.unitCode());
		out.string("zipcode", null);
		out.number("lat", r.latitude());
		out.number("long", r.longitude());
		out.string("media_url", full.photos().isEmpty() ? null : texts.photoUrl(r, full.photos().get(0)));
		if (extensions) {
			extensions(out, full, texts);
		}
		out.endItem();
	}

	private void extensions(Open311Output out, Full full, Texts texts) {
		PublicRequest r = full.request();
		out.startObject("extended_attributes");
		out.string("channel", StatusMapping.channel(r.channel()));
		out.string("detailed_status", StatusMapping.detailed(r.state(), r.rejectReason(), r.reopenCount()));
		out.startList("photos", "photo");
		int n = 0;
		for (Photo photo : full.photos()) {
			out.startItem();
			out.string("media_url", texts.photoUrl(r, photo));
			out.string("title", messages.getMessage("open311.photo.title", new Object[] { ++n }, texts.locale));
			out.integer("width", photo.width());
			out.integer("height", photo.height());
			out.time("created_at", photo.uploadedAt());
			out.endItem();
		}
		out.endList();
		out.endObject();
		out.startList("notes", "note");
		for (Note note : full.notes()) {
			String type = StatusMapping.noteType(note.action());
			out.startItem();
			out.time("datetime", note.at());
			out.string("description", note.comment() != null && !note.comment().isBlank() ? note.comment()
					: messages.getMessage("open311.note." + type, null, texts.locale));
			out.string("type", type);
			out.endItem();
		}
		out.endList();
	}

	/** Why the request is closed; nothing while it is open. */
	private String statusNotes(PublicRequest r, Locale locale) {
		if (r.state() == FeedbackState.RESOLVED || r.state() == FeedbackState.CLOSED) {
			return r.answer();
		}
		if (r.state() == FeedbackState.MERGED) {
			return messages.getMessage("open311.status-notes.merged", new Object[] { r.mergedInto() }, locale);
		}
		if (r.state() == FeedbackState.REJECTED) {
			return messages.getMessage(r.rejectReason() == RejectReason.OUT_OF_SCOPE
					? "open311.status-notes.out-of-scope" : "open311.status-notes.rejected", null, locale);
		}
		return null;
	}

	/** What a whole answer shares: the language, the base of absolute links, fields and notices looked up once. */
	private final class Texts {

		private final Locale locale;
		private final String base;
		private final Map<String, Optional<FeedbackFieldView>> fields = new HashMap<>();
		private final Map<String, String> notices = new HashMap<>();

		Texts(Locale locale, String base) {
			this.locale = locale;
			this.base = base;
			services.all().forEach(field -> fields.put(field.code(), Optional.of(field)));
		}

		Optional<FeedbackFieldView> field(String code) {
			return fields.computeIfAbsent(code, services::anyByCode);
		}

		String notice(FeedbackFieldView field) {
			return notices.computeIfAbsent(field.code(), code -> services.notice(field, locale));
		}

		String photoUrl(PublicRequest request, Photo photo) {
			return base + PhotoLinks.path(request.number(), photo.id());
		}
	}
}
