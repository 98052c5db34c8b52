package vn.gov.cantho.egov.calendar.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.gov.cantho.egov.calendar.Holiday;
import vn.gov.cantho.egov.calendar.WorkingCalendar;
import vn.gov.cantho.egov.calendar.domain.CalendarDecisions;
import vn.gov.cantho.egov.shared.BusinessException;
import vn.gov.cantho.egov.shared.FormErrors;

/**
 * The administrator's page for a year's official decisions: lists them next to the resulting days off, adds a day
 * off or a working day, removes one.
 */
@Controller
@PreAuthorize("hasAuthority('CALENDAR_MANAGE')")
class CalendarAdminPage {

	private static final String PAGE = "/quan-tri/lich-lam-viec";

	private final CalendarDecisions decisions;
	private final WorkingCalendar calendar;
	private final Clock clock;

	CalendarAdminPage(CalendarDecisions decisions, WorkingCalendar calendar, Clock clock) {
		this.decisions = decisions;
		this.calendar = calendar;
		this.clock = clock;
	}

	@GetMapping(PAGE)
	String show(@RequestParam(required = false) Integer year, Model model) {
		int shown = Years.checked(year, clock);
		DecisionForm form = new DecisionForm();
		form.setYear(String.valueOf(shown));
		model.addAttribute("form", form);
		return page(shown, model);
	}

	@PostMapping(PAGE)
	String record(@ModelAttribute("form") DecisionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		LocalDate date = form.date(errors);
		try {
			Holiday recorded = decisions.record(date, form.working(), form.getNameVi(), form.getNameEn());
			redirect.addFlashAttribute("recorded", recorded.date());
			return "redirect:" + PAGE + "?year=" + recorded.date().getYear();
		}
		catch (BusinessException e) {
			// An unreadable date is already on the form; do not report it a second time as missing.
			FormErrors.reject(errors, e.errors().stream().filter(error -> !errors.hasFieldErrors(error.field())).toList());
			Integer shown = date != null ? Integer.valueOf(date.getYear()) : form.shownYear();
			int year = shown != null ? shown : Years.current(clock);
			return page(Years.clamp(year), model);
		}
	}

	@PostMapping(PAGE + "/xoa")
	String remove(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			RedirectAttributes redirect) {
		decisions.remove(date);
		redirect.addFlashAttribute("removed", date);
		return "redirect:" + PAGE + "?year=" + date.getYear();
	}

	private String page(int year, Model model) {
		List<Holiday> decided = decisions.decisions(year);
		model.addAttribute("year", year);
		model.addAttribute("decisions", decided);
		model.addAttribute("days", HolidayRow.of(calendar.holidays(year)));
		return "calendar/admin";
	}
}
