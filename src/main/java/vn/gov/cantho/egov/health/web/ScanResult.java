package vn.gov.cantho.egov.health.web;

import java.io.Serializable;
import java.time.Instant;

/**
 * The outcome of one scan at a checkpoint, as shown to the staff: accepted (with the person's initials when known),
 * a repeat, or refused with the message key of the reason. {@code personRef} is kept only to recognise a repeat of the
 * same person and is never shown; nothing here is an ID number or a phone.
 */
public record ScanResult(Outcome outcome, String initials, String reasonKey, String venueCode, String personRef,
		Instant at) implements Serializable {

	public enum Outcome {
		ACCEPTED, DUPLICATE, REFUSED
	}

	static ScanResult refused(String reasonKey, String venueCode, Instant at) {
		return new ScanResult(Outcome.REFUSED, null, reasonKey, venueCode, null, at);
	}

	boolean accepted() {
		return outcome == Outcome.ACCEPTED;
	}
}
