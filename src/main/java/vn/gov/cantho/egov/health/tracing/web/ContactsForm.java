package vn.gov.cantho.egov.health.tracing.web;

/** Why the officer opens a case's contacts, and how far (1: F1; 2: F1 and F2). */
public class ContactsForm {

	private String purpose;
	private int generation = 2;

	public String getPurpose() {
		return purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	public int getGeneration() {
		return generation;
	}

	public void setGeneration(int generation) {
		this.generation = generation;
	}
}
