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
	private final ZaloCall call;

	public ZaloZnsSender(NotificationProperties.Zalo settings, JsonMapper json) {
		this.settings = settings;
		this.call = new ZaloCall(HttpChannels.client(settings.connectTimeout(), settings.readTimeout()), json,
				"Zalo", VIA, "msg_id", RETRYABLE);
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
		return call.post(settings.baseUrl().replaceAll("/+$", "") + "/message/template", settings.accessToken(), body);
	}
}
