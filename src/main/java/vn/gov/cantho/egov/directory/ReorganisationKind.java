package vn.gov.cantho.egov.directory;

/** What a reorganisation did to the map. */
public enum ReorganisationKind {
	MERGE, ABOLITION, CREATION, RENAME
}
