package vn.gov.cantho.egov.health.web;

/**
 * An area's page on the officials' landing: its id (in element ids and message keys), its path, and the permission
 * that opens it.
 */
public record HealthArea(String id, String path, String permission) {

	public String titleKey() {
		return "health.web.landing." + id + ".title";
	}

	public String textKey() {
		return "health.web.landing." + id + ".text";
	}
}
