package vn.gov.cantho.egov.feedback.open311;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The two formats of GeoReport v2, chosen by the suffix of the path ({@code /services.xml}, {@code /services.json}).
 * XML is the one the specification requires, so it also answers errors about paths whose format is unknown.
 */
enum Format {

	XML("xml", "text/xml; charset=utf-8"), JSON("json", "application/json; charset=utf-8");

	private final String suffix;
	private final String contentType;

	Format(String suffix, String contentType) {
		this.suffix = suffix;
		this.contentType = contentType;
	}

	String suffix() {
		return suffix;
	}

	/** The media type as announced in discovery, without parameters. */
	String mediaType() {
		return contentType.substring(0, contentType.indexOf(';'));
	}

	static Optional<Format> of(String suffix) {
		if (suffix == null) {
			return Optional.empty();
		}
		String lower = suffix.toLowerCase(Locale.ROOT);
		for (Format format : values()) {
			if (format.suffix.equals(lower)) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

	/** The format asked for by a request path: the suffix of its last segment, XML when there is none or unknown. */
	static Format ofPath(String path) {
		String last = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
		int dot = last.lastIndexOf('.');
		return dot < 0 ? XML : of(last.substring(dot + 1)).orElse(XML);
	}

	/** Starts the response body in this format, with the status and the content type of the specification. */
	Open311Output open(HttpServletResponse response, int status) throws IOException {
		response.setStatus(status);
		response.setContentType(contentType);
		return this == XML ? new XmlOutput(response.getOutputStream()) : new JsonOutput(response.getOutputStream());
	}
}
