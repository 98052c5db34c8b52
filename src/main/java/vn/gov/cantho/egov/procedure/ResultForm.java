package vn.gov.cantho.egov.procedure;

/** The form of the result the agency issues. */
public enum ResultForm {
	PAPER, ELECTRONIC, PAPER_AND_ELECTRONIC
}
