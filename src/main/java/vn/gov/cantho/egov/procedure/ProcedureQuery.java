package vn.gov.cantho.egov.procedure;

/** Filters for the public search; null means no filter. Pages start at 0. */
public record ProcedureQuery(String text, String fieldCode, String agencyCode, ProcedureLevel level,
		OnlineMode onlineMode, int page, int size) {

	public static ProcedureQuery all() {
		return new ProcedureQuery(null, null, null, null, null, 0, 20);
	}
}
