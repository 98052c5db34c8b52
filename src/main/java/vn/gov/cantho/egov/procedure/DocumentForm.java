package vn.gov.cantho.egov.procedure;

/** Whether a required document is an original, a copy, or a certified copy (bản chính, bản sao, bản sao chứng thực). */
public enum DocumentForm {
	ORIGINAL, COPY, CERTIFIED_COPY
}
