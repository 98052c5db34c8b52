package vn.gov.cantho.egov.feedback;

/** A photo of an item (or uploaded for one): content checked as JPEG or PNG; public only once approved. */
public record PhotoView(String id, String filename, String mediaType, long size, int width, int height,
		boolean approved) {
}
