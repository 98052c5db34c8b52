package vn.gov.cantho.egov.feedback.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.gov.cantho.egov.feedback.FeedbackChannel;
import vn.gov.cantho.egov.feedback.FeedbackFields;
import vn.gov.cantho.egov.feedback.FeedbackManagement;
import vn.gov.cantho.egov.feedback.FeedbackSubmission;
import vn.gov.cantho.egov.feedback.FeedbackView;
import vn.gov.cantho.egov.feedback.Location;
import vn.gov.cantho.egov.feedback.Reporter;
import vn.gov.cantho.egov.identity.AccountDirectory;
import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.identity.CurrentActor;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Anyone files feedback on the web, logged in or not: title, description, field (whose extra questions appear when
 * it is chosen), a map pin with a text address and ward, up to five photos, an optional contact and the consent to
 * publication. Items that may report the same problem are shown while filing. Every refusal comes back at once in
 * the error summary with what was typed and the photos already uploaded; success shows the number and how to
 * follow it.
 */
@Controller
@RequestMapping("/phan-anh/gui")
class FeedbackFilingPages {

	static final String VIEW = "feedback/file";
	static final String NUMBER = "filedNumber";
	static final String WITH_PHONE = "filedWithPhone";
	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9-]{8,64}");

	private final FeedbackManagement feedback;
	private final FeedbackFields fields;
	private final FeedbackWards areas;
	private final FeedbackPhotoUploads photos;
	private final FeedbackMap map;
	private final CurrentActor actor;
	private final AccountDirectory accounts;

	FeedbackFilingPages(FeedbackManagement feedback, FeedbackFields fields, FeedbackWards areas, FeedbackPhotoUploads photos,
			FeedbackMap map, CurrentActor actor, AccountDirectory accounts) {
		this.feedback = feedback;
		this.fields = fields;
		this.areas = areas;
		this.photos = photos;
		this.map = map;
		this.actor = actor;
		this.accounts = accounts;
	}

	@GetMapping
	String form(@ModelAttribute("form") FilingForm form, Model model, HttpServletResponse response) {
		form.setKey(UUID.randomUUID().toString());
		actor.current().map(Actor::username).flatMap(accounts::account).ifPresent(account -> {
			form.setName(account.fullName());
			form.setPhone(account.phone());
			form.setEmail(account.email());
		});
		return page(form, model, response);
	}

	@PostMapping
	String file(@ModelAttribute("form") FilingForm form, BindingResult result, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		if (form.getKey() == null || !KEY.matcher(form.getKey()).matches()) {
			form.setKey(UUID.randomUUID().toString());
		}
		HttpSession session = request.getSession();
		List<BusinessException> problems = new ArrayList<>();
		photos.receive(form, session, problems);
		FeedbackSubmission submission = submission(form, request, problems);
		try {
			if (!problems.isEmpty()) {
				problems.addAll(feedback.problems(submission));
				FormInputs.reject(result, problems);
				return page(form, model, response);
			}
			FeedbackView filed = feedback.submit(submission, form.getKey(), photos.uploadKey(session));
			redirect.addFlashAttribute(NUMBER, filed.number());
			redirect.addFlashAttribute(WITH_PHONE, submission.reporter().phone() != null);
			return "redirect:/phan-anh/gui/da-gui";
		}
		catch (BusinessException e) {
			if (e.status().is5xxServerError()) {
				throw e;
			}
			FormInputs.reject(result, List.of(e));
			if (e.status() == HttpStatus.TOO_MANY_REQUESTS) {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			}
			return page(form, model, response);
		}
	}

	/** The number of the item just filed and how to follow it; straight back to the form without one. */
	@GetMapping("/da-gui")
	String filed(Model model) {
		if (!model.containsAttribute(NUMBER)) {
			return "redirect:/phan-anh/gui";
		}
		return "feedback/filed";
	}

	/** The chosen field's extra questions, for htmx when the field select changes. */
	@GetMapping("/cau-hoi")
	String questions(@RequestParam(defaultValue = "") String fieldCode, @ModelAttribute("form") FilingForm form,
			Model model) {
		model.addAttribute("chosenField", fields.field(fieldCode).orElse(null));
		return "feedback/parts :: questions";
	}

	/**
	 * Items that may already report the same problem, for htmx while the visitor types or moves the pin. A draft too
	 * incomplete to compare (no title and no description) shows nothing.
	 */
	@PostMapping("/trung-lap")
	String similar(@ModelAttribute("form") FilingForm form, HttpServletRequest request, Model model) {
		List<BusinessException> ignored = new ArrayList<>();
		FeedbackSubmission draft = submission(form, request, ignored);
		boolean enough = draft.title() != null || draft.description() != null;
		model.addAttribute("similar", enough ? feedback.similar(draft) : List.of());
		return "feedback/parts :: similar";
	}

	private FeedbackSubmission submission(FilingForm form, HttpServletRequest request,
			List<BusinessException> problems) {
		Location location = FormInputs.location(form.getLatitude(), form.getLongitude(), form.getAddress(),
				form.getUnitCode(), problems);
		Reporter reporter = new Reporter(FormInputs.trimmed(form.getName()), phone(form.getPhone()),
				FormInputs.trimmed(form.getEmail()), null);
		return new FeedbackSubmission(FeedbackChannel.WEB, FormInputs.trimmed(form.getTitle()),
				FormInputs.trimmed(form.getDescription()), FormInputs.trimmed(form.getFieldCode()), location, reporter,
				form.getPhotoIds(), FormInputs.answers(form.getAttributes()), form.isPublicAllowed(),
				request.getRemoteAddr());
	}

	private String page(FilingForm form, Model model, HttpServletResponse response) {
		model.addAttribute("fields", fields.fields());
		model.addAttribute("wards", areas.wards());
		model.addAttribute("chosenField", form.getFieldCode() == null ? null
				: fields.field(form.getFieldCode()).orElse(null));
		model.addAttribute("maxPhotos", FeedbackPhotoUploads.MAX_PHOTOS);
		map.allowTiles(response);
		return VIEW;
	}

	/** A phone as people write it (spaces, dots, dashes), reduced to what the module checks. */
	static String phone(String text) {
		String trimmed = FormInputs.trimmed(text);
		return trimmed == null ? null : trimmed.replaceAll("[\\s.\\-()]", "");
	}
}
