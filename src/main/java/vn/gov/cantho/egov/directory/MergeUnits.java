package vn.gov.cantho.egov.directory;

import java.time.LocalDate;
import java.util.List;

/**
 * Merge {@code mergedCodes} into {@code successorCode} from {@code effectiveOn}. The successor may be one of the merged
 * units (it absorbs the others) or a new unit, which then needs {@code successorName}.
 */
public record MergeUnits(List<String> mergedCodes, String successorCode, String successorName, LocalDate effectiveOn,
		String legalBasis) {

	public MergeUnits {
		mergedCodes = mergedCodes == null ? List.of() : List.copyOf(mergedCodes);
	}
}
