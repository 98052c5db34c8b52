package vn.gov.cantho.egov.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.gov.cantho.egov.notification.Channel;
import vn.gov.cantho.egov.notification.domain.DeliveryOutcome;
import vn.gov.cantho.egov.notification.domain.NotificationProperties;
import vn.gov.cantho.egov.notification.domain.OutboxMessage;

/**
 * Brandname SMS through an HTTP gateway, by the contract in docs/integrations/sms-gateway.md: a JSON POST with an
 * {@code api-key} header; 2xx with {@code "status":"accepted"} is success, other 4xx are final, 5xx and timeouts are
 * retried.
 */
public class SmsGatewaySender implements ChannelSender {

	public static final String VIA = "sms-gateway";

	private final NotificationProperties.Sms settings;
	private final JsonMapper json;
	private final RestClient http;

	public SmsGatewaySender(NotificationProperties.Sms settings, JsonMapper json) {
		this.settings = settings;
		this.json = json;
		this.http = HttpChannels.client(settings.connectTimeout(), settings.readTimeout());
	}

	@Override
	public Channel channel() {
		return Channel.SMS;
	}

	@Override
	public Optional<String> notConfigured(OutboxMessage message) {
		return settings.configured() ? Optional.empty() : Optional.of("channel not configured: no SMS gateway URL");
	}

	@Override
	public DeliveryOutcome deliver(OutboxMessage message) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("to", message.recipient());
		body.put("brandname", settings.brandname());
		body.put("message", message.body());
		try {
			return http.post()
				.uri(settings.url())
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON)
				.header("api-key", settings.apiKey())
				.body(json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8))
				.exchange((request, response) -> answer(response.getStatusCode(),
						HttpChannels.text(response.getBody())));
		}
		catch (ResourceAccessException e) {
			return new DeliveryOutcome.Retry("SMS gateway unreachable or timed out");
		}
		catch (RestClientException e) {
			return new DeliveryOutcome.Retry("SMS gateway call failed: " + e.getClass().getSimpleName());
		}
	}

	private DeliveryOutcome answer(HttpStatusCode status, String text) {
		if (!status.is2xxSuccessful()) {
			String error = "SMS gateway HTTP " + status.value();
			return HttpChannels.retryable(status) ? new DeliveryOutcome.Retry(error)
					: new DeliveryOutcome.Permanent(error);
		}
		// A 2xx means the gateway took the request: retrying an answer we cannot read risks a second SMS.
		try {
			JsonNode answer = json.readTree(text);
			String outcome = answer.path("status").asString("");
			if (!"accepted".equals(outcome)) {
				return new DeliveryOutcome.Permanent("SMS gateway did not accept: " + Outcomes.code(outcome));
			}
			return new DeliveryOutcome.Delivered(VIA, answer.path("id").asString(null));
		}
		catch (JacksonException e) {
			return new DeliveryOutcome.Permanent("SMS gateway answer unreadable");
		}
	}
}
