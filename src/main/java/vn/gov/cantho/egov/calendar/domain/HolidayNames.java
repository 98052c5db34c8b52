package vn.gov.cantho.egov.calendar.domain;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.calendar.Holiday;

/** Names computed days off in both languages from the calendar message bundle. */
@Component
class HolidayNames {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MessageSource messages;

	HolidayNames(MessageSource messages) {
		this.messages = messages;
	}

	Holiday holiday(ComputedDay day) {
		return new Holiday(day.date(), name(day, VIETNAMESE), name(day, Locale.ENGLISH), false,
				Holiday.Source.COMPUTED);
	}

	private String name(ComputedDay day, Locale locale) {
		String holiday = messages.getMessage("calendar.holiday." + day.holiday().name(), null, locale);
		return day.compensatory()
				? messages.getMessage("calendar.holiday.in-lieu", new Object[] { holiday }, locale) : holiday;
	}
}
