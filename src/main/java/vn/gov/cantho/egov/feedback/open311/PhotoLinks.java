package vn.gov.cantho.egov.feedback.open311;

/** Where the public finds an approved photo of an item (served by the feedback module's pages). */
final class PhotoLinks {

	private PhotoLinks() {
	}

	static String path(String number, String photoId) {
		return "/phan-anh/" + number + "/anh/" + photoId;
	}
}
