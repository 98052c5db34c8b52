package vn.gov.cantho.egov.procedure;

/** The tier whose agency decides the procedure. District procedures moved to communes on 1 July 2025. */
public enum ProcedureLevel {
	CENTRAL, CITY, DISTRICT, COMMUNE
}
