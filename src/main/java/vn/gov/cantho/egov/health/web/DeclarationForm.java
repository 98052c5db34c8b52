package vn.gov.cantho.egov.health.web;

import java.util.ArrayList;
import java.util.List;

/**
 * What the health declaration form binds. {@code contactWithCase} is a yes/no question the person must answer (no
 * default); {@code consent} is the explicit consent to the processing, never ticked in advance.
 */
public class DeclarationForm {

	private List<String> symptoms = new ArrayList<>();
	private String contactWithCase;
	private String travel;
	private String note;
	private boolean consent;
	/** Where to go back after the declaration: only a venue's code page ({@code /c/...}). */
	private String next;

	public List<String> getSymptoms() {
		return symptoms;
	}

	public void setSymptoms(List<String> symptoms) {
		this.symptoms = symptoms == null ? new ArrayList<>() : symptoms;
	}

	public String getContactWithCase() {
		return contactWithCase;
	}

	public void setContactWithCase(String contactWithCase) {
		this.contactWithCase = contactWithCase;
	}

	public String getTravel() {
		return travel;
	}

	public void setTravel(String travel) {
		this.travel = travel;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public boolean isConsent() {
		return consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}

	public String getNext() {
		return next;
	}

	public void setNext(String next) {
		this.next = next;
	}
}
