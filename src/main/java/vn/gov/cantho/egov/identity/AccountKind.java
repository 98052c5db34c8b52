package vn.gov.cantho.egov.identity;

/** A citizen (or business representative) registers himself; officials are created by administrators. */
public enum AccountKind {
	CITIZEN, OFFICIAL
}
