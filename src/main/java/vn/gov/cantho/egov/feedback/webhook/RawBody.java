package vn.gov.cantho.egov.feedback.webhook;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Reads a webhook's body as the exact bytes that were signed, before anything parses it, and bounded: platform events
 * are a few kilobytes, so a larger body is refused rather than held in memory.
 */
final class RawBody {

	static final int MAX_BYTES = 256 * 1024;

	private RawBody() {
	}

	static byte[] read(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > MAX_BYTES) {
			throw WebhookRejected.tooLarge();
		}
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes(MAX_BYTES + 1);
			if (body.length > MAX_BYTES) {
				throw WebhookRejected.tooLarge();
			}
			return body;
		}
	}
}
