package vn.gov.cantho.egov.audit.web;

/** The filter form as typed, so a wrong date is shown back to the user with its error rather than dropped. */
public class AuditFilterForm {

	private String actor = "";
	private String action = "";
	private String reference = "";
	private String from = "";
	private String to = "";
	private int page;

	public String getActor() {
		return actor;
	}

	public void setActor(String actor) {
		this.actor = actor;
	}

	public String getAction() {
		return action;
	}

	public void setAction(String action) {
		this.action = action;
	}

	public String getReference() {
		return reference;
	}

	public void setReference(String reference) {
		this.reference = reference;
	}

	public String getFrom() {
		return from;
	}

	public void setFrom(String from) {
		this.from = from;
	}

	public String getTo() {
		return to;
	}

	public void setTo(String to) {
		this.to = to;
	}

	public int getPage() {
		return page;
	}

	public void setPage(int page) {
		this.page = page;
	}
}
