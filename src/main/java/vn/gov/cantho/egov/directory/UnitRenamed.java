package vn.gov.cantho.egov.directory;

import java.time.LocalDate;

/** A unit carries a new name from {@code effectiveOn}; its code is unchanged. */
public record UnitRenamed(long reorganisationId, String code, String name, LocalDate effectiveOn) {
}
