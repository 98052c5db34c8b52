package vn.gov.cantho.egov.feedback.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.access.prepost.PreAuthorize;
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
import vn.gov.cantho.egov.identity.CurrentActor;
import vn.gov.cantho.egov.identity.Permissions;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * The 1022 operators' console, also used by reception officers for visitors in person: one keyboard-first form to
 * record a call in under a minute. The caller's phone comes first and brings up their earlier items; after saving,
 * the number is shown and a fresh form is ready for the next call.
 */
@Controller
@RequestMapping("/1022/tong-dai")
@PreAuthorize("hasAuthority('FEEDBACK_INTAKE')")
class FeedbackConsole {

	static final String VIEW = "feedback/console";
	static final String SAVED = "savedNumber";
	static final String CHANNEL_REQUIRED = "feedback.web.channel-required";
	static final List<FeedbackChannel> CHANNELS = List.of(FeedbackChannel.HOTLINE, FeedbackChannel.IN_PERSON);
	/** A title made from the content when the operator gave none: its first words, at most this long. */
	static final int TITLE_LENGTH = 80;
	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9-]{8,64}");

	private final FeedbackManagement feedback;
	private final FeedbackFields fields;
	private final FeedbackWards areas;
	private final CurrentActor actor;
	private final FeedbackDisplay display;

	FeedbackConsole(FeedbackManagement feedback, FeedbackFields fields, FeedbackWards areas, CurrentActor actor,
			FeedbackDisplay display) {
		this.feedback = feedback;
		this.fields = fields;
		this.areas = areas;
		this.actor = actor;
		this.display = display;
	}

	@GetMapping
	String form(@ModelAttribute("form") IntakeForm form, Model model) {
		form.setKey(UUID.randomUUID().toString());
		// Operators take calls; reception officers (who do not coordinate) receive visitors.
		boolean operator = actor.current().map(a -> a.has(Permissions.FEEDBACK_COORDINATE)).orElse(false);
		form.setChannel((operator ? FeedbackChannel.HOTLINE : FeedbackChannel.IN_PERSON).name());
		return page(form, model);
	}

	@PostMapping
	String save(@ModelAttribute("form") IntakeForm form, BindingResult result, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		if (form.getKey() == null || !KEY.matcher(form.getKey()).matches()) {
			form.setKey(UUID.randomUUID().toString());
		}
		List<BusinessException> problems = new ArrayList<>();
		FeedbackChannel channel = CHANNELS.stream().filter(c -> c.name().equals(form.getChannel())).findFirst()
			.orElse(null);
		if (channel == null) {
			problems.add(BusinessException.invalid(CHANNEL_REQUIRED, "channel"));
		}
		String description = FormInputs.trimmed(form.getDescription());
		String title = FormInputs.trimmed(form.getTitle());
		FeedbackSubmission submission = new FeedbackSubmission(channel == null ? FeedbackChannel.HOTLINE : channel,
				title != null ? title : description == null ? null : display.excerpt(description, TITLE_LENGTH),
				description, FormInputs.trimmed(form.getFieldCode()),
				new Location(null, null, FormInputs.trimmed(form.getAddress()), FormInputs.trimmed(form.getUnitCode())),
				new Reporter(FormInputs.trimmed(form.getName()), FeedbackFilingPages.phone(form.getPhone()), null, null),
				List.of(), FormInputs.answers(form.getAttributes()), form.isPublicAllowed(), request.getRemoteAddr());
		try {
			if (!problems.isEmpty()) {
				problems.addAll(feedback.problems(submission));
				FormInputs.reject(result, problems);
				return page(form, model);
			}
			FeedbackView saved = feedback.submit(submission, form.getKey(), null);
			redirect.addFlashAttribute(SAVED, saved.number());
			return "redirect:/1022/tong-dai";
		}
		catch (BusinessException e) {
			if (e.status().is5xxServerError()) {
				throw e;
			}
			FormInputs.reject(result, List.of(e));
			return page(form, model);
		}
	}

	/** The caller's earlier items, for htmx as soon as the phone is typed (posted: a phone stays out of addresses). */
	@PostMapping("/lich-su")
	String history(@RequestParam(defaultValue = "") String phone, Model model) {
		String digits = FeedbackFilingPages.phone(phone);
		model.addAttribute("history", digits == null || digits.length() < 8 ? null : feedback.callerHistory(digits));
		return "feedback/parts :: callerHistory";
	}

	private String page(IntakeForm form, Model model) {
		model.addAttribute("fields", fields.fields());
		model.addAttribute("chosenField", form.getFieldCode() == null ? null
				: fields.field(form.getFieldCode()).orElse(null));
		model.addAttribute("wards", areas.wards());
		model.addAttribute("channels", CHANNELS);
		return VIEW;
	}
}
