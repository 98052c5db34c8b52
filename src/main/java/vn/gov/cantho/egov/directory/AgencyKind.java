package vn.gov.cantho.egov.directory;

/** What sort of body an agency is; the one-stop and 1022 workflows route by it. */
public enum AgencyKind {
	PEOPLES_COMMITTEE, DEPARTMENT, SERVICE_CENTRE, POLICE, CUSTOMS, HEALTH, OTHER
}
