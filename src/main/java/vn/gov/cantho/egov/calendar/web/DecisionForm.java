package vn.gov.cantho.egov.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.validation.BindingResult;

/** The form for one official decision, as typed: the date as the browser's date input sends it (ISO). */
public class DecisionForm {

	private String date;
	private String workingDay;
	private String nameVi;
	private String nameEn;
	private String year;

	/** The typed date; an unreadable one is put on the form as a field error and comes back as null. */
	LocalDate date(BindingResult form) {
		if (date == null || date.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(date.trim());
		}
		catch (DateTimeParseException e) {
			form.rejectValue("date", "error.calendar.date-invalid", "date");
			return null;
		}
	}

	/** {@code true} for a working day, {@code false} for a day off, null when nothing was chosen. */
	Boolean working() {
		return workingDay == null || workingDay.isBlank() ? null : Boolean.valueOf(workingDay);
	}

	/** The year the page showed when the form was sent, to show it again if the form has errors; null if unreadable. */
	Integer shownYear() {
		try {
			return year == null ? null : Integer.valueOf(year.trim());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	public String getYear() {
		return year;
	}

	public void setYear(String year) {
		this.year = year;
	}

	public String getDate() {
		return date;
	}

	public void setDate(String date) {
		this.date = date;
	}

	public String getWorkingDay() {
		return workingDay;
	}

	public void setWorkingDay(String workingDay) {
		this.workingDay = workingDay;
	}

	public String getNameVi() {
		return nameVi;
	}

	public void setNameVi(String nameVi) {
		this.nameVi = nameVi;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}
}
