package vn.gov.cantho.egov.directory;

import java.time.LocalDate;
import java.util.List;

/** Units ended by a merger on {@code effectiveOn}; open work of each moves to {@code successorCode}. */
public record UnitsMerged(long reorganisationId, List<String> mergedCodes, String successorCode,
		LocalDate effectiveOn) {

	public UnitsMerged {
		mergedCodes = List.copyOf(mergedCodes);
	}
}
