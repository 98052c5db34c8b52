package vn.gov.cantho.egov.procedure.web;

import java.util.Arrays;

import vn.gov.cantho.egov.procedure.OnlineMode;
import vn.gov.cantho.egov.procedure.ProcedureLevel;
import vn.gov.cantho.egov.procedure.ProcedureQuery;

/**
 * The search box and filters of the catalogue pages as typed. Unknown filter values (an edited address) are
 * ignored rather than refused, and the page number is kept in range, so a search page always answers.
 */
public class SearchForm {

	private String q;
	private String field;
	private String agency;
	private String level;
	private String online;
	private String page;

	ProcedureQuery query(int size) {
		return new ProcedureQuery(q, blankAsNull(field), blankAsNull(agency), constant(ProcedureLevel.class, level),
				constant(OnlineMode.class, online), pageNumber(), size);
	}

	/** The 0-based page asked for; anything but a small non-negative number is the first page. */
	public int pageNumber() {
		return page != null && page.matches("\\d{1,4}") ? Integer.parseInt(page) : 0;
	}

	private static <E extends Enum<E>> E constant(Class<E> type, String value) {
		return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(value)).findFirst().orElse(null);
	}

	private static String blankAsNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	/** Whether a filter narrows the search, so the page shows the filters open and offers to clear them. */
	public boolean isFiltered() {
		return blankAsNull(field) != null || blankAsNull(agency) != null || blankAsNull(level) != null
				|| blankAsNull(online) != null;
	}

	public String getQ() {
		return q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public String getField() {
		return field;
	}

	public void setField(String field) {
		this.field = field;
	}

	public String getAgency() {
		return agency;
	}

	public void setAgency(String agency) {
		this.agency = agency;
	}

	public String getLevel() {
		return level;
	}

	public void setLevel(String level) {
		this.level = level;
	}

	public String getOnline() {
		return online;
	}

	public void setOnline(String online) {
		this.online = online;
	}

	public String getPage() {
		return page;
	}

	public void setPage(String page) {
		this.page = page;
	}
}
