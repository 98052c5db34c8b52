package vn.gov.cantho.egov.directory;

import java.time.LocalDate;

/** Abolish a whole tier from {@code effectiveOn}, as the district tier was on 1 July 2025. */
public record AbolishLevel(UnitLevel level, LocalDate effectiveOn, String legalBasis) {
}
