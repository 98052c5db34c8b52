package vn.gov.cantho.egov.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
 * Zalo Notification Service: {@code POST {base-url}/message/template} with the OA's access token. ZNS renders a
 * template registered with Zalo, so we send the ZNS template id mapped to ours and our values as its data; our
 * reference goes in {@code tracking_id} to match Zalo's delivery reports. Zalo reports errors with HTTP 200 and a
 * negative {@code error}; see docs/integrations/zalo-zns.md for which we retry.
 */
public class ZaloZnsSender implements ChannelSender {

	public static final String VIA = "zalo";

	/**
	 * Errors that can clear without changing the message: unknown server error (-100), out of quota (-115, until the
	 * account is topped up), access token invalid or expired (-124, until it is refreshed), sending outside allowed
	 * hours (-133), daily limit reached (-144) and the API rate limit (-32).
	 */
	static final Set<Integer> RETRYABLE = Set.of(-100, -115, -124, -133, -144, -32);

	private final NotificationProperties.Zalo settings;
	private final JsonMapper json;
	private final RestClient http;

	public ZaloZnsSender(NotificationProperties.Zalo settings, JsonMapper json) {
		this.settings = settings;
		this.json = json;
		this.http = HttpChannels.client(settings.connectTimeout(), settings.readTimeout());
	}

	@Override
	public Channel channel() {
		return Channel.ZALO;
	}

	@Override
	public Optional<String> notConfigured(OutboxMessage message) {
		if (!settings.configured()) {
			return Optional.of("channel not configured: no Zalo access token");
		}
		if (settings.templates().get(message.template()) == null) {
			return Optional.of("channel not configured: no ZNS template for " + message.template());
		}
		return Optional.empty();
	}

	@Override
	public DeliveryOutcome deliver(OutboxMessage message) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("phone", message.recipient());
		body.put("template_id", settings.templates().get(message.template()));
		body.put("template_data", message.values());
		body.put("tracking_id", message.reference());
		try {
			return http.post()
				.uri(settings.baseUrl().replaceAll("/+$", "") + "/message/template")
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON)
				.header("access_token", settings.accessToken())
				.body(json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8))
				.exchange((request, response) -> answer(response.getStatusCode(),
						HttpChannels.text(response.getBody())));
		}
		catch (ResourceAccessException e) {
			return new DeliveryOutcome.Retry("Zalo unreachable or timed out");
		}
		catch (RestClientException e) {
			return new DeliveryOutcome.Retry("Zalo call failed: " + e.getClass().getSimpleName());
		}
	}

	private DeliveryOutcome answer(HttpStatusCode status, String text) {
		if (!status.is2xxSuccessful()) {
			String error = "Zalo HTTP " + status.value();
			return HttpChannels.retryable(status) ? new DeliveryOutcome.Retry(error)
					: new DeliveryOutcome.Permanent(error);
		}
		try {
			JsonNode answer = json.readTree(text);
			JsonNode code = answer.get("error");
			if (code == null || !code.isIntegralNumber()) {
				return new DeliveryOutcome.Permanent("Zalo answer unreadable");
			}
			int error = code.asInt();
			if (error == 0) {
				return new DeliveryOutcome.Delivered(VIA, answer.path("data").path("msg_id").asString(null));
			}
			String reason = "Zalo error " + error;
			return RETRYABLE.contains(error) ? new DeliveryOutcome.Retry(reason)
					: new DeliveryOutcome.Permanent(reason);
		}
		catch (JacksonException e) {
			return new DeliveryOutcome.Permanent("Zalo answer unreadable");
		}
	}
}
