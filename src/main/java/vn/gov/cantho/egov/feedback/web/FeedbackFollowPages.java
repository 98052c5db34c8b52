package vn.gov.cantho.egov.feedback.web;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.gov.cantho.egov.feedback.ActionInput;
import vn.gov.cantho.egov.feedback.FeedbackAction;
import vn.gov.cantho.egov.feedback.FeedbackManagement;
import vn.gov.cantho.egov.feedback.FollowedFeedback;
import vn.gov.cantho.egov.identity.CurrentActor;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * The reporter follows an item by its number and the phone given at filing, posted, never in the address; an unknown
 * number and a wrong phone get the same answer. Once proven, the item's page lets the reporter reopen it (with a
 * reason, within the window), rate the answer and have their name removed. A logged-in reporter sees their own
 * items without the phone; {@code /phan-anh/cua-toi} lists them.
 */
@Controller
@RequestMapping("/phan-anh")
class FeedbackFollowPages {

	static final String MISSING = "feedback.web.follow-missing";
	static final String NOT_FOUND = "feedback.web.follow-not-found";

	private final FeedbackManagement feedback;
	private final CurrentActor actor;
	private final FeedbackOutcomes outcomes;
	private final FeedbackMap map;

	FeedbackFollowPages(FeedbackManagement feedback, CurrentActor actor, FeedbackOutcomes outcomes, FeedbackMap map) {
		this.feedback = feedback;
		this.actor = actor;
		this.outcomes = outcomes;
		this.map = map;
	}

	@GetMapping("/theo-doi")
	String form(@RequestParam(name = "so", defaultValue = "") String number, Model model) {
		model.addAttribute("number", number.strip());
		return "feedback/follow";
	}

	@PostMapping("/theo-doi")
	String follow(@RequestParam(defaultValue = "") String number, @RequestParam(defaultValue = "") String phone,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		String trimmed = number.strip();
		String digits = FeedbackFilingPages.phone(phone);
		model.addAttribute("number", trimmed);
		if (trimmed.isEmpty() || digits == null) {
			model.addAttribute("problem", MISSING);
			model.addAttribute("problemField", trimmed.isEmpty() ? "number" : "phone");
			return "feedback/follow";
		}
		try {
			feedback.follow(trimmed, digits);
		}
		catch (BusinessException e) {
			if (!e.status().is4xxClientError()) {
				throw e;
			}
			model.addAttribute("problem", e.status() == HttpStatus.NOT_FOUND ? NOT_FOUND : e.code());
			model.addAttribute("problemField", "phone".equals(e.field()) ? "phone" : "number");
			return "feedback/follow";
		}
		FollowedFeedbackItems.remember(request.getSession(), trimmed, digits);
		redirect.addAttribute("number", trimmed);
		return "redirect:/phan-anh/theo-doi/{number}";
	}

	/** The item of a reporter who proved it in this session, or their own when logged in; else the form. */
	@GetMapping("/theo-doi/{number}")
	String item(@PathVariable String number, HttpServletRequest request, HttpServletResponse response, Model model) {
		Optional<String> phone = FollowedFeedbackItems.phone(request.getSession(false), number);
		if (phone.isEmpty() && actor.current().isEmpty()) {
			return "redirect:/phan-anh/theo-doi?so={number}";
		}
		FollowedFeedback followed;
		try {
			followed = feedback.follow(number, phone.orElse(null));
		}
		catch (BusinessException e) {
			if (e.status() != HttpStatus.NOT_FOUND) {
				throw e;
			}
			return "redirect:/phan-anh/theo-doi?so={number}";
		}
		model.addAttribute("followed", followed);
		model.addAttribute("item", followed.item());
		model.addAttribute("canReopen", followed.reporterActions().contains(FeedbackAction.REOPEN));
		model.addAttribute("canRate", followed.reporterActions().contains(FeedbackAction.RATE));
		map.allowTiles(response);
		return "feedback/followed";
	}

	@PostMapping("/theo-doi/{number}/mo-lai")
	String reopen(@PathVariable String number, @RequestParam(defaultValue = "") String comment,
			HttpServletRequest request, Locale locale, RedirectAttributes redirect) {
		return act(number, "reopen", request, locale, redirect, phone -> feedback.reporterAct(number, phone,
				FeedbackAction.REOPEN, ActionInput.comment(FormInputs.trimmed(comment))));
	}

	@PostMapping("/theo-doi/{number}/danh-gia")
	String rate(@PathVariable String number, @RequestParam(required = false) Integer stars,
			@RequestParam(defaultValue = "") String comment, HttpServletRequest request, Locale locale,
			RedirectAttributes redirect) {
		return act(number, "rate", request, locale, redirect, phone -> feedback.reporterAct(number, phone,
				FeedbackAction.RATE, new ActionInput(null, null, null, FormInputs.trimmed(comment), null, null, stars)));
	}

	@PostMapping("/theo-doi/{number}/an-ten")
	String removeName(@PathVariable String number, HttpServletRequest request, Locale locale,
			RedirectAttributes redirect) {
		return act(number, "remove-name", request, locale, redirect,
				phone -> feedback.removeReporterName(number, phone));
	}

	/** The logged-in reporter's own items, newest first, each linked to its follow page. */
	@GetMapping("/cua-toi")
	String mine(Model model) {
		model.addAttribute("items", feedback.mine());
		return "feedback/mine";
	}

	private String act(String number, String form, HttpServletRequest request, Locale locale,
			RedirectAttributes redirect, java.util.function.Function<String, FollowedFeedback> action) {
		Optional<String> phone = FollowedFeedbackItems.phone(request.getSession(false), number);
		if (phone.isEmpty() && actor.current().isEmpty()) {
			return "redirect:/phan-anh/theo-doi?so={number}";
		}
		try {
			action.apply(phone.orElse(null));
			outcomes.done(redirect, "feedback.web.follow.done." + form, locale);
		}
		catch (BusinessException e) {
			outcomes.failed(redirect, form, e, locale);
		}
		return "redirect:/phan-anh/theo-doi/{number}";
	}
}
