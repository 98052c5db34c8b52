package vn.gov.cantho.egov.directory;

/** Tier of an administrative unit. The district tier exists only on maps before 1 July 2025. */
public enum UnitLevel {
	PROVINCE, DISTRICT, COMMUNE
}
