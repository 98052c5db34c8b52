package vn.gov.cantho.egov.notification.delivery;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;


import tools.jackson.databind.json.JsonMapper;

import vn.gov.cantho.egov.notification.Channel;
import vn.gov.cantho.egov.notification.domain.DeliveryOutcome;
import vn.gov.cantho.egov.notification.domain.NotificationProperties;
import vn.gov.cantho.egov.notification.domain.OutboxMessage;

/**
 * Replies in a Zalo Official Account conversation: Zalo OA API v3 customer-service message,
 * {@code POST {base-url}/v3.0/oa/message/cs} with the OA access token in the {@code access_token} header, to the
 * person's Zalo user id. Like ZNS, Zalo answers HTTP 200 with {@code error} 0 on success and a negative code otherwise;
 * see docs/integrations/zalo-facebook.md for which codes we retry.
 */
public class ZaloOaSender implements ChannelSender {

	public static final String VIA = "zalo-oa";
	/** Zalo refuses longer text messages (-210, parameter exceeds the allowed limit). */
	static final int MAX_TEXT = 2000;

	/**
	 * Errors that can clear without changing the message: API rate limit (-32), sending failed (-200), the OA's quota
	 * (-211) or the person's receiving quota (-218) used up, access token invalid (-216) or expired (-220), until
	 * operations put a fresh one in place.
	 */
	static final Set<Integer> RETRYABLE = Set.of(-32, -200, -211, -216, -218, -220);

	private final NotificationProperties.ZaloOa settings;
	private final ZaloCall call;

	public ZaloOaSender(NotificationProperties.ZaloOa settings, JsonMapper json) {
		this.settings = settings;
		this.call = new ZaloCall(HttpChannels.client(settings.connectTimeout(), settings.readTimeout()), json,
				"Zalo OA", VIA, "message_id", RETRYABLE);
	}

	@Override
	public Channel channel() {
		return Channel.ZALO_OA;
	}

	@Override
	public Optional<String> notConfigured(OutboxMessage message) {
		return settings.configured() ? Optional.empty()
				: Optional.of("channel not configured: no Zalo OA access token");
	}

	@Override
	public DeliveryOutcome deliver(OutboxMessage message) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("recipient", Map.of("user_id", message.recipient()));
		body.put("message", Map.of("text", HttpChannels.fit(message.body(), MAX_TEXT)));
		return call.post(settings.baseUrl().replaceAll("/+$", "") + "/v3.0/oa/message/cs", settings.accessToken(),
				body);
	}
}
