package vn.gov.cantho.egov.directory;

/** An agency (department, people's committee, police, ...) with the unit whose area it serves. */
public record AgencyView(String code, String name, String nameEn, AgencyKind kind, UnitLevel level, String unitCode,
		boolean active) {
}
