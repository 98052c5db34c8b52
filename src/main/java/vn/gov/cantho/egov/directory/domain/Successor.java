package vn.gov.cantho.egov.directory.domain;

import java.time.LocalDate;

/** {@code successorCode} carries on the work of {@code unitCode} from {@code effectiveOn}. */
record Successor(String unitCode, String successorCode, LocalDate effectiveOn) {
}
