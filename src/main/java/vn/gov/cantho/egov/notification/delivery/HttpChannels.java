package vn.gov.cantho.egov.notification.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** What the HTTP channels share: a JDK-backed RestClient with bounded waits, and the meaning of HTTP statuses. */
final class HttpChannels {

	private HttpChannels() {
	}

	/** Both timeouts must stay well under the claim lease, or a slow provider could let a second node send again. */
	static RestClient client(Duration connectTimeout, Duration readTimeout) {
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(connectTimeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
		requests.setReadTimeout(readTimeout);
		return RestClient.builder().requestFactory(requests).build();
	}

	/** 408 and 429 ask to come back later like a 5xx does; any other 4xx will fail the same way every time. */
	static boolean retryable(HttpStatusCode status) {
		return status.is5xxServerError() || status.value() == 408 || status.value() == 429;
	}

	static String text(InputStream body) throws IOException {
		return body == null ? "" : new String(body.readNBytes(64 * 1024), StandardCharsets.UTF_8);
	}

	/**
	 * The text cut to what a messaging platform takes, ending in an ellipsis when cut; never in the middle of a
	 * surrogate pair, so the result stays valid UTF-8.
	 */
	static String fit(String text, int maxLength) {
		if (text.length() <= maxLength) {
			return text;
		}
		int end = maxLength - 1;
		if (Character.isLowSurrogate(text.charAt(end)) && Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end) + "\u2026";
	}
}
