package vn.gov.cantho.egov.procedure.web;

/** The time limit part of the procedure form as typed. */
public class TimeLimitInput {

	private String kind;
	private String workingDays;

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getWorkingDays() {
		return workingDays;
	}

	public void setWorkingDays(String workingDays) {
		this.workingDays = workingDays;
	}
}
