package vn.gov.cantho.egov.directory;

import java.time.LocalDate;

/**
 * An administrative unit as it stood on a given date. {@code validTo} is the first day it no longer exists (exclusive),
 * {@code null} while it still does; {@code parentCode} is its parent on that date.
 */
public record AdminUnitView(String code, String name, UnitLevel level, String parentCode, LocalDate validFrom,
		LocalDate validTo) {
}
