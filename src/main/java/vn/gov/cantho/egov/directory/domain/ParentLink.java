package vn.gov.cantho.egov.directory.domain;

import java.time.LocalDate;

/** {@code unitCode} lies under {@code parentCode} from {@code validFrom}. */
record ParentLink(String unitCode, String parentCode, LocalDate validFrom) {
}
