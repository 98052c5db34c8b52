package vn.gov.cantho.egov.feedback.webhook;

import org.springframework.http.HttpStatus;

import vn.gov.cantho.egov.shared.BusinessException;

/**
 * A webhook request refused before anything was stored: rendered as a problem detail like every API error, with the
 * statuses a platform understands as not accepted (401 unsigned or badly signed, 403 not ours, 413, 503).
 */
final class WebhookRejected extends BusinessException {

	private WebhookRejected(HttpStatus status, String code) {
		super(status, code, null);
	}

	/** No signature, a wrong one, or one that cannot be checked. */
	static WebhookRejected badSignature() {
		return new WebhookRejected(HttpStatus.UNAUTHORIZED, "feedback.webhook.signature");
	}

	/** Correctly signed long ago: a replay, or a retry beyond the accepted window. */
	static WebhookRejected stale() {
		return new WebhookRejected(HttpStatus.UNAUTHORIZED, "feedback.webhook.stale");
	}

	/** An event of another Zalo application. */
	static WebhookRejected otherApp() {
		return new WebhookRejected(HttpStatus.FORBIDDEN, "feedback.webhook.app");
	}

	/** The subscription handshake with a wrong verify token. */
	static WebhookRejected verifyToken() {
		return new WebhookRejected(HttpStatus.FORBIDDEN, "feedback.webhook.verify-token");
	}

	static WebhookRejected tooLarge() {
		return new WebhookRejected(HttpStatus.CONTENT_TOO_LARGE, "feedback.webhook.too-large");
	}

	static WebhookRejected unreadable() {
		return new WebhookRejected(HttpStatus.BAD_REQUEST, "feedback.webhook.unreadable");
	}

	/** The platform's secret is not set here: nothing could be verified, so nothing is accepted. */
	static WebhookRejected notConfigured() {
		return new WebhookRejected(HttpStatus.SERVICE_UNAVAILABLE, "feedback.webhook.not-configured");
	}
}
