package vn.gov.cantho.egov.feedback.web;

/**
 * The inputs a staff member may send with an action on an item; which ones each action shows is decided by the page,
 * which ones it needs by the feedback module. {@code comment} is the reason, the answer or a note;
 * {@code targetNumber} is a suggested duplicate chosen or {@code other}, then {@code targetOther} is typed.
 */
public class StaffActionForm {

	private String fieldCode;
	private String agencyCode;
	private String handler;
	private String comment;
	private String rejectReason;
	private String targetNumber;
	private String targetOther;

	public String getFieldCode() {
		return fieldCode;
	}

	public void setFieldCode(String fieldCode) {
		this.fieldCode = fieldCode;
	}

	public String getAgencyCode() {
		return agencyCode;
	}

	public void setAgencyCode(String agencyCode) {
		this.agencyCode = agencyCode;
	}

	public String getHandler() {
		return handler;
	}

	public void setHandler(String handler) {
		this.handler = handler;
	}

	public String getComment() {
		return comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

	public String getRejectReason() {
		return rejectReason;
	}

	public void setRejectReason(String rejectReason) {
		this.rejectReason = rejectReason;
	}

	public String getTargetNumber() {
		return targetNumber;
	}

	public void setTargetNumber(String targetNumber) {
		this.targetNumber = targetNumber;
	}

	/** The number typed when the item kept is none of the suggested duplicates. */
	public String getTargetOther() {
		return targetOther;
	}

	public void setTargetOther(String targetOther) {
		this.targetOther = targetOther;
	}

	/** The item to keep when merging: the suggestion chosen, else the number typed. */
	String target() {
		String chosen = targetNumber == null || targetNumber.isBlank() || "other".equals(targetNumber) ? targetOther
				: targetNumber;
		return chosen == null || chosen.isBlank() ? null : chosen.strip();
	}
}
