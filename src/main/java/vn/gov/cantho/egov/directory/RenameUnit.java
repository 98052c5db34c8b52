package vn.gov.cantho.egov.directory;

import java.time.LocalDate;

/** The unit keeps its code and place in the map but is called {@code name} from {@code effectiveOn}. */
public record RenameUnit(String code, String name, LocalDate effectiveOn, String legalBasis) {
}
