package vn.gov.cantho.egov.feedback.open311;

/**
 * Where anyone fetches an approved photo of an item: the feedback module's public photo URL, which serves the
 * approved photos of answered public items (so only those are linked from Open311).
 */
final class PhotoLinks {

	private PhotoLinks() {
	}

	static String path(String number, String photoId) {
		return "/api/v1/feedback/" + number + "/photos/" + photoId;
	}
}
