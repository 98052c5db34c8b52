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
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.gov.cantho.egov.notification.Channel;
import vn.gov.cantho.egov.notification.domain.DeliveryOutcome;
import vn.gov.cantho.egov.notification.domain.NotificationProperties;
import vn.gov.cantho.egov.notification.domain.OutboxMessage;

/**
 * Replies on the city's Facebook Page through the Messenger Send API:
 * {@code POST {base-url}/{graph-version}/me/messages?access_token=...} with the Page access token, to the person's
 * page-scoped id. Graph reports failures with an HTTP error status and an {@code error} object; we decide by its
 * {@code code} (see docs/integrations/zalo-facebook.md). Messages never carry the token or the text into errors.
 */
public class MessengerSender implements ChannelSender {

	public static final String VIA = "messenger";
	/** The Send API's limit for a text message. */
	static final int MAX_TEXT = 2000;

	/**
	 * Graph error codes that can clear by waiting: unknown (1) and service (2) errors, application (4), user (17),
	 * page (32) and per-call (613) rate limits, the app's own limit (341), temporary send failure (1200), and an
	 * invalid Page access token (190), until operations put a fresh one in place.
	 */
	static final Set<Integer> RETRYABLE = Set.of(1, 2, 4, 17, 32, 190, 341, 613, 1200);

	private final NotificationProperties.Messenger settings;
	private final JsonMapper json;
	private final RestClient http;

	public MessengerSender(NotificationProperties.Messenger settings, JsonMapper json) {
		this.settings = settings;
		this.json = json;
		this.http = HttpChannels.client(settings.connectTimeout(), settings.readTimeout());
	}

	@Override
	public Channel channel() {
		return Channel.MESSENGER;
	}

	@Override
	public Optional<String> notConfigured(OutboxMessage message) {
		return settings.configured() ? Optional.empty()
				: Optional.of("channel not configured: no Facebook Page access token");
	}

	@Override
	public DeliveryOutcome deliver(OutboxMessage message) {
		try {
			return http.post()
				.uri(UriComponentsBuilder.fromUriString(settings.baseUrl())
					.pathSegment(settings.graphVersion(), "me", "messages")
					.queryParam("access_token", settings.pageAccessToken())
					.encode()
					.build()
					.toUri())
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON)
				.body(json.writeValueAsString(request(message)).getBytes(StandardCharsets.UTF_8))
				.exchange((request, response) -> answer(response.getStatusCode(),
						HttpChannels.text(response.getBody())));
		}
		catch (ResourceAccessException e) {
			return new DeliveryOutcome.Retry("Messenger unreachable or timed out");
		}
		catch (RestClientException e) {
			return new DeliveryOutcome.Retry("Messenger call failed: " + e.getClass().getSimpleName());
		}
	}

	/**
	 * A reply to the person's own message goes as RESPONSE, inside the standard messaging window; anything sent later
	 * on its own (an official's answer) needs a message tag to be allowed outside that window.
	 */
	private Map<String, Object> request(OutboxMessage message) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("recipient", Map.of("id", message.recipient()));
		if (settings.responseTemplates().contains(message.template()) || settings.messageTag().isBlank()) {
			body.put("messaging_type", "RESPONSE");
		}
		else {
			body.put("messaging_type", "MESSAGE_TAG");
			body.put("tag", settings.messageTag());
		}
		body.put("message", Map.of("text", HttpChannels.fit(message.body(), MAX_TEXT)));
		return body;
	}

	private DeliveryOutcome answer(HttpStatusCode status, String text) {
		JsonNode answer;
		try {
			answer = json.readTree(text);
		}
		catch (JacksonException e) {
			answer = null;
		}
		if (status.is2xxSuccessful()) {
			String messageId = answer == null ? null : answer.path("message_id").asString(null);
			return messageId != null ? new DeliveryOutcome.Delivered(VIA, messageId)
					: new DeliveryOutcome.Permanent("Messenger answer unreadable");
		}
		JsonNode code = answer == null ? null : answer.path("error").get("code");
		if (code == null || !code.isIntegralNumber()) {
			String error = "Messenger HTTP " + status.value();
			return HttpChannels.retryable(status) ? new DeliveryOutcome.Retry(error)
					: new DeliveryOutcome.Permanent(error);
		}
		JsonNode subcode = answer.path("error").get("error_subcode");
		String reason = "Messenger error " + code.asInt()
				+ (subcode != null && subcode.isIntegralNumber() ? "/" + subcode.asLong() : "");
		return RETRYABLE.contains(code.asInt()) ? new DeliveryOutcome.Retry(reason)
				: new DeliveryOutcome.Permanent(reason);
	}
}
