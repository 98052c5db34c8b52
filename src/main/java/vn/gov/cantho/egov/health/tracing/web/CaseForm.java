package vn.gov.cantho.egov.health.tracing.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * The record-a-case form: the person by personal code (scanned by a reader that types, or typed) or by ID number, the
 * infectious window as date and time fields (the phone's own pickers; a typed dd/MM/yyyy is read too), why, and the
 * positive test's code if any.
 */
public class CaseForm {

	/** Strict, so 31/02 is an error rather than the 28th. */
	private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private String personCode = "";
	private String idNumber = "";
	private String fromDate = "";
	private String fromTime = "00:00";
	private String untilDate = "";
	private String untilTime = "";
	private String reason = "";
	private String testCode = "";

	/** A date from the form: ISO (date inputs) or dd/MM/yyyy (typed); null when blank or unreadable. */
	static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return text.contains("/") ? LocalDate.parse(text.strip(), TYPED) : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	/** A time from the form (HH:mm), midnight when blank, null when unreadable. */
	static LocalTime time(String text) {
		if (text == null || text.isBlank()) {
			return LocalTime.MIDNIGHT;
		}
		try {
			return LocalTime.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	public String getPersonCode() {
		return personCode;
	}

	public void setPersonCode(String personCode) {
		this.personCode = personCode;
	}

	public String getIdNumber() {
		return idNumber;
	}

	public void setIdNumber(String idNumber) {
		this.idNumber = idNumber;
	}

	public String getFromDate() {
		return fromDate;
	}

	public void setFromDate(String fromDate) {
		this.fromDate = fromDate;
	}

	public String getFromTime() {
		return fromTime;
	}

	public void setFromTime(String fromTime) {
		this.fromTime = fromTime;
	}

	public String getUntilDate() {
		return untilDate;
	}

	public void setUntilDate(String untilDate) {
		this.untilDate = untilDate;
	}

	public String getUntilTime() {
		return untilTime;
	}

	public void setUntilTime(String untilTime) {
		this.untilTime = untilTime;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getTestCode() {
		return testCode;
	}

	public void setTestCode(String testCode) {
		this.testCode = testCode;
	}
}
