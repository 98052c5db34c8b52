package vn.gov.cantho.egov.health.tracing.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.gov.cantho.egov.health.CaseManagement;
import vn.gov.cantho.egov.health.ContactList;
import vn.gov.cantho.egov.health.OpenCase;
import vn.gov.cantho.egov.health.domain.DailyPartitions;
import vn.gov.cantho.egov.health.tracing.CaseSubjects;
import vn.gov.cantho.egov.health.tracing.CaseWindowRules;
import vn.gov.cantho.egov.health.tracing.ContactsCsv;
import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.identity.CurrentActor;
import vn.gov.cantho.egov.shared.BusinessException;
import vn.gov.cantho.egov.shared.FormErrors;

/**
 * Cases for health officers: the list, the form recording one, and a case's page, where the contacts are shown once
 * the officer says why (the purpose is recorded with every read), with a CSV download of the same list.
 */
@Controller
@RequestMapping("/y-te/ca-benh")
@PreAuthorize("hasAuthority('HEALTH_TRACE')")
class CasePages {

	/** Rows shown per generation on the page; the CSV has them all. */
	static final int SHOWN = 500;

	private final CaseManagement cases;
	private final CaseSubjects subjects;
	private final CurrentActor actor;
	private final TracingTexts texts;
	private final MessageSource messages;
	private final Clock clock;

	CasePages(CaseManagement cases, CaseSubjects subjects, CurrentActor actor, TracingTexts texts,
			MessageSource messages, Clock clock) {
		this.cases = cases;
		this.subjects = subjects;
		this.actor = actor;
		this.texts = texts;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("cases", cases.recent(officer(), 50));
		return "health/tracing/list";
	}

	@GetMapping("/moi")
	String newCase(Model model) {
		CaseForm form = new CaseForm();
		LocalDate today = LocalDate.now(clock.withZone(DailyPartitions.ZONE));
		form.setFromDate(today.minusDays(2).toString());
		form.setUntilDate(today.toString());
		form.setUntilTime(LocalTime.now(clock.withZone(DailyPartitions.ZONE)).withSecond(0).withNano(0).toString());
		model.addAttribute("caseForm", form);
		return "health/tracing/new";
	}

	@PostMapping("/moi")
	String record(@ModelAttribute("caseForm") CaseForm form, BindingResult errors, RedirectAttributes redirect,
			Locale locale) {
		Instant from = instant(form.getFromDate(), form.getFromTime(), "fromDate", errors);
		Instant until = instant(form.getUntilDate(), form.getUntilTime(), "untilDate", errors);
		if (errors.hasErrors()) {
			return "health/tracing/new";
		}
		try {
			Actor officer = officer();
			String personRef = subjects.personRef(officer, form.getPersonCode(), null, form.getIdNumber());
			String code = cases.open(officer, new OpenCase(personRef, from, until, form.getReason(), form.getTestCode()));
			redirect.addFlashAttribute("done", messages.getMessage("health.tracing.recorded", new Object[] { code }, locale));
			return "redirect:/y-te/ca-benh/" + code;
		}
		catch (BusinessException e) {
			FormErrors.reject(errors, onForm(e));
			return "health/tracing/new";
		}
	}

	@GetMapping("/{code}")
	String caseView(@PathVariable String code, @ModelAttribute("contactsForm") ContactsForm form,
			BindingResult errors, @RequestParam(required = false) String purpose, Model model) {
		Actor officer = officer();
		model.addAttribute("caseView", cases.find(officer, code));
		if (purpose != null && !errors.hasErrors()) {
			try {
				ContactList list = cases.contacts(officer, code, form.getGeneration(), purpose);
				model.addAttribute("f1", list.contacts().stream().filter(c -> c.generation() == 1).limit(SHOWN).toList());
				model.addAttribute("f2", list.contacts().stream().filter(c -> c.generation() == 2).limit(SHOWN).toList());
				model.addAttribute("contacts", list);
			}
			catch (BusinessException e) {
				if (e.status().is4xxClientError() && e.field() != null) {
					FormErrors.reject(errors, e);
				}
				else {
					throw e;
				}
			}
		}
		model.addAttribute("shown", SHOWN);
		return "health/tracing/case";
	}

	@GetMapping("/{code}/tiep-xuc.csv")
	void csv(@PathVariable String code, @RequestParam(defaultValue = "2") int generation,
			@RequestParam(required = false) String purpose, Locale locale, HttpServletResponse response)
			throws IOException {
		ContactList list = cases.export(officer(), code, generation, purpose);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"" + list.caseCode() + "-tiep-xuc.csv\"");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		ContactsCsv.write(list, texts.csvHeader(locale),
				new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
	}

	@PostMapping("/{code}/truy-vet-lai")
	String retrace(@PathVariable String code, @RequestParam(required = false) String purpose,
			RedirectAttributes redirect, Locale locale) {
		try {
			cases.retrace(officer(), code, purpose);
			redirect.addFlashAttribute("done", messages.getMessage("health.tracing.retraced", null, locale));
		}
		catch (BusinessException e) {
			if (e.status().value() == 404) {
				throw e;
			}
			redirect.addFlashAttribute("refused", messages.getMessage(e.messageKey(), e.args(), locale));
		}
		return "redirect:/y-te/ca-benh/" + code;
	}

	/** A date and time of the form in Vietnam time; an unreadable one is put on its field. */
	private static Instant instant(String date, String time, String field, BindingResult errors) {
		LocalDate day = CaseForm.date(date);
		LocalTime at = CaseForm.time(time);
		if (day == null || at == null) {
			String key = date == null || date.isBlank() ? "error.health.case-window-missing" : "error.health.case-date";
			errors.rejectValue(field, key, key);
			return null;
		}
		return day.atTime(at).atZone(DailyPartitions.ZONE).toInstant();
	}

	/** The service names the window's fields and the person as the API does; the form has its own inputs for them. */
	private static BusinessException onForm(BusinessException refusal) {
		List<BusinessException> mapped = new ArrayList<>();
		for (BusinessException e : refusal.errors()) {
			String field = switch (String.valueOf(e.field())) {
				case CaseWindowRules.FROM -> "fromDate";
				case CaseWindowRules.UNTIL -> "untilDate";
				case CaseSubjects.PERSON -> "personCode";
				default -> e.field();
			};
			mapped.add(field == null || field.equals(e.field()) ? e : BusinessException.invalid(e.code(), field, e.args()));
		}
		return BusinessException.allOf(mapped);
	}

	private Actor officer() {
		return actor.current().orElseThrow(() -> BusinessException.forbidden("health.trace-forbidden"));
	}
}
