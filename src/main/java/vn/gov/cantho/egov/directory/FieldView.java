package vn.gov.cantho.egov.directory;

/** A field (lĩnh vực) of government work, e.g. civil status or immigration. */
public record FieldView(String code, String name, String nameEn) {
}
