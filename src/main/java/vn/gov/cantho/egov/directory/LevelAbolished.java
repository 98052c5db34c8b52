package vn.gov.cantho.egov.directory;

import java.time.LocalDate;
import java.util.List;

/**
 * A tier was abolished on {@code effectiveOn}: {@code abolishedCodes} ended that day. Each one's successor (its former
 * parent) is given by {@link AdministrativeMap#successor(String, LocalDate)}.
 */
public record LevelAbolished(long reorganisationId, UnitLevel level, List<String> abolishedCodes,
		LocalDate effectiveOn) {

	public LevelAbolished {
		abolishedCodes = List.copyOf(abolishedCodes);
	}
}
