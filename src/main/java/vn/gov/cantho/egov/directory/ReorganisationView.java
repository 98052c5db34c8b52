package vn.gov.cantho.egov.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A recorded reorganisation: what happened, from when, on what legal basis, to which units. */
public record ReorganisationView(long id, ReorganisationKind kind, LocalDate effectiveOn, String legalBasis,
		Instant recordedAt, List<Involved> units) {

	public ReorganisationView {
		units = units == null ? List.of() : List.copyOf(units);
	}

	/** A unit touched by the reorganisation and how. */
	public record Involved(String unitCode, Role role) {
	}

	public enum Role {
		/** Ended by a merger; its work goes to the successor. */
		MERGED,
		/** Carries on the work of the merged units. */
		SUCCESSOR,
		/** Ended because its tier was abolished. */
		ABOLISHED,
		/** Moved under another parent. */
		REPARENTED,
		CREATED,
		RENAMED
	}
}
