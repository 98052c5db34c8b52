package vn.gov.cantho.egov.feedback;

/**
 * A search of the public page: answered items that the reporter let be published, newest answer first; {@code text}
 * is matched accent-insensitively; {@code unitCode} is an area (a ward, or any unit above it). Pages count from 0.
 */
public record PublicQuery(String text, String fieldCode, String unitCode, int page, int size) {
}
