package vn.gov.cantho.egov.feedback.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import vn.gov.cantho.egov.feedback.FeedbackManagement;
import vn.gov.cantho.egov.feedback.PhotoView;
import vn.gov.cantho.egov.identity.CurrentActor;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Hands the photos of a posted filing form to the feedback module as soon as they arrive, so that only photo ids
 * travel further and a reporter who must fix a field does not choose them again. A logged-in reporter owns them by
 * account; an anonymous visitor by a random upload key kept in the session (never shown, never in the address).
 */
@Component
class FeedbackPhotoUploads {

	static final int MAX_PHOTOS = 5;
	static final String TOO_MANY = "feedback.web.too-many-photos";
	static final String FAILED = "feedback.web.upload-failed";
	static final String TOO_LARGE = "feedback.web.photo-too-large";
	/** The feedback module's own bound; checked here first so that a huge file is not read into memory at all. */
	static final long MAX_BYTES = 5L * 1024 * 1024;
	private static final String KEY = FeedbackPhotoUploads.class.getName() + ".key";

	private final FeedbackManagement feedback;
	private final CurrentActor actor;

	FeedbackPhotoUploads(FeedbackManagement feedback, CurrentActor actor) {
		this.feedback = feedback;
		this.actor = actor;
	}

	/** Uploads the files posted with the form, adding each accepted one to its kept photos; reasons go to problems. */
	void receive(FilingForm form, HttpSession session, List<BusinessException> problems) {
		form.getPhotoIds().removeIf(id -> id == null || id.isBlank());
		form.getPhotoNames().keySet().retainAll(form.getPhotoIds());
		List<MultipartFile> posted = form.getPhotos().stream().filter(f -> f != null && !f.isEmpty()).toList();
		if (posted.isEmpty()) {
			return;
		}
		if (form.getPhotoIds().size() + posted.size() > MAX_PHOTOS) {
			problems.add(BusinessException.invalid(TOO_MANY, "photos", MAX_PHOTOS));
			return;
		}
		for (MultipartFile file : posted) {
			if (file.getSize() > MAX_BYTES) {
				problems.add(BusinessException.invalid(TOO_LARGE, "photos", file.getOriginalFilename()));
				continue;
			}
			try {
				PhotoView photo = feedback.uploadPhoto(file.getOriginalFilename(), file.getBytes(), uploadKey(session));
				form.getPhotoIds().add(photo.id());
				form.getPhotoNames().put(photo.id(), photo.filename());
			}
			catch (BusinessException e) {
				e.errors()
					.forEach(error -> problems.add(BusinessException.invalid(error.code(), "photos", error.args())));
			}
			catch (IOException e) {
				problems.add(BusinessException.invalid(FAILED, "photos"));
			}
		}
	}

	/** The session's upload key for an anonymous visitor; null for a logged-in reporter (the account owns them). */
	String uploadKey(HttpSession session) {
		if (actor.current().isPresent()) {
			return null;
		}
		if (session.getAttribute(KEY) instanceof String key) {
			return key;
		}
		String key = UUID.randomUUID().toString();
		session.setAttribute(KEY, key);
		return key;
	}
}
