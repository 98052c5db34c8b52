package vn.gov.cantho.egov.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.gov.cantho.egov.notification.domain.DeliveryOutcome;

/**
 * One call to a Zalo API (ZNS or the Official Account API), which share their conventions: a JSON body, the token in
 * an {@code access_token} header, and an answer {@code error} (0 when sent) with the message id under {@code data}.
 * {@code label} names the API in recorded errors; {@code retryable} are the error codes that may clear by themselves.
 */
record ZaloCall(RestClient http, JsonMapper json, String label, String via, String idField,
		Set<Integer> retryable) {

	DeliveryOutcome post(String url, String accessToken, Map<String, Object> body) {
		try {
			return http.post()
				.uri(url)
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON)
				.header("access_token", accessToken)
				.body(json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8))
				.exchange((request, response) -> answer(response.getStatusCode(),
						HttpChannels.text(response.getBody())));
		}
		catch (ResourceAccessException e) {
			return new DeliveryOutcome.Retry(label + " unreachable or timed out");
		}
		catch (RestClientException e) {
			return new DeliveryOutcome.Retry(label + " call failed: " + e.getClass().getSimpleName());
		}
	}

	private DeliveryOutcome answer(HttpStatusCode status, String text) {
		if (!status.is2xxSuccessful()) {
			String error = label + " HTTP " + status.value();
			return HttpChannels.retryable(status) ? new DeliveryOutcome.Retry(error)
					: new DeliveryOutcome.Permanent(error);
		}
		try {
			JsonNode answer = json.readTree(text);
			JsonNode code = answer.get("error");
			if (code == null || !code.isIntegralNumber()) {
				return new DeliveryOutcome.Permanent(label + " answer unreadable");
			}
			int error = code.asInt();
			if (error == 0) {
				return new DeliveryOutcome.Delivered(via, answer.path("data").path(idField).asString(null));
			}
			String reason = label + " error " + error;
			return retryable.contains(error) ? new DeliveryOutcome.Retry(reason) : new DeliveryOutcome.Permanent(reason);
		}
		catch (JacksonException e) {
			return new DeliveryOutcome.Permanent(label + " answer unreadable");
		}
	}
}
