package vn.gov.cantho.egov.directory;

import java.time.LocalDate;

/** A new unit from {@code validFrom}; {@code parentCode} is null only for a province-level unit. */
public record CreateUnit(String code, String name, UnitLevel level, String parentCode, LocalDate validFrom,
		String legalBasis) {
}
