package vn.gov.cantho.egov.feedback.open311;

/** Where the GeoReport v2 endpoint lives. */
final class Open311Paths {

	static final String V2 = "/open311/v2";

	private Open311Paths() {
	}
}
