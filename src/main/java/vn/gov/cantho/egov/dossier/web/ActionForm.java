package vn.gov.cantho.egov.dossier.web;

/**
 * The inputs an official may send with an action; which ones each action shows is decided by the page, which ones it
 * needs by the dossier module. {@code newDueDate} is the ISO date of a date input.
 */
public class ActionForm {

	private String comment;
	private String assignee;
	private String outcome;
	private String newDueDate;
	private String trackingNumber;

	public String getComment() {
		return comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

	public String getAssignee() {
		return assignee;
	}

	public void setAssignee(String assignee) {
		this.assignee = assignee;
	}

	public String getOutcome() {
		return outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

	public String getNewDueDate() {
		return newDueDate;
	}

	public void setNewDueDate(String newDueDate) {
		this.newDueDate = newDueDate;
	}

	public String getTrackingNumber() {
		return trackingNumber;
	}

	public void setTrackingNumber(String trackingNumber) {
		this.trackingNumber = trackingNumber;
	}
}
