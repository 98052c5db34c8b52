package vn.gov.cantho.egov.directory;

import java.time.LocalDate;

/** A new unit exists from {@code validFrom}. */
public record UnitCreated(long reorganisationId, String code, UnitLevel level, String parentCode,
		LocalDate validFrom) {
}
