package vn.gov.cantho.egov.procedure;

/** How the applicant may receive the result: at the one-stop counter, by public post, or online (e-result). */
public enum DeliveryOption {
	COUNTER, POST, ONLINE
}
