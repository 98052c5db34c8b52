package vn.gov.cantho.egov.notification.domain;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code egov.notification}. A channel with no URL or token is "not configured": its messages fail
 * with that reason, or go to the demo mailbox when {@code egov.demo} is on.
 *
 * @param dispatchInterval pause between two dispatcher runs on a node
 * @param batchSize how many messages a node claims at once
 * @param lease how long a claim keeps other nodes off a message; longer than the slowest channel timeout
 * @param maxAttempts attempts before a message is marked FAILED
 * @param retryBase first retry delay, doubled for each further attempt
 * @param retryMax longest retry delay
 * @param nodeId this node's name in claims; blank means host name and process id
 */
@ConfigurationProperties("egov.notification")
public record NotificationProperties(@DefaultValue("5s") Duration dispatchInterval, @DefaultValue("20") int batchSize,
		@DefaultValue("1m") Duration lease, @DefaultValue("8") int maxAttempts, @DefaultValue("30s") Duration retryBase,
		@DefaultValue("1h") Duration retryMax, @DefaultValue("") String nodeId, @DefaultValue Mail mail,
		@DefaultValue Sms sms, @DefaultValue Zalo zalo, @DefaultValue ZaloOa zaloOa,
		@DefaultValue Messenger messenger) {

	/** @param from the From header of every e-mail */
	public record Mail(@DefaultValue("khong-tra-loi@cantho.gov.vn") String from) {
	}

	/** The brandname SMS gateway; see docs/integrations/sms-gateway.md. */
	public record Sms(@DefaultValue("") String url, @DefaultValue("") String apiKey,
			@DefaultValue("CANTHO") String brandname, @DefaultValue("5s") Duration connectTimeout,
			@DefaultValue("10s") Duration readTimeout) {

		public boolean configured() {
			return !url.isBlank();
		}
	}

	/**
	 * Zalo Notification Service. ZNS only sends templates registered with Zalo, so each of our templates needs the id
	 * Zalo gave it.
	 * @param templates our template name to the ZNS template id
	 */
	public record Zalo(@DefaultValue("https://business.openapi.zalo.me") String baseUrl,
			@DefaultValue("") String accessToken, @DefaultValue Map<String, String> templates,
			@DefaultValue("5s") Duration connectTimeout, @DefaultValue("10s") Duration readTimeout) {

		public Zalo {
			templates = templates == null ? Map.of() : Map.copyOf(templates);
		}

		public boolean configured() {
			return !accessToken.isBlank();
		}
	}

	/**
	 * Replies in Zalo Official Account conversations (Zalo OA API v3, customer-service messages); see
	 * docs/integrations/zalo-facebook.md.
	 */
	public record ZaloOa(@DefaultValue("https://openapi.zalo.me") String baseUrl, @DefaultValue("") String accessToken,
			@DefaultValue("5s") Duration connectTimeout, @DefaultValue("10s") Duration readTimeout) {

		public boolean configured() {
			return !accessToken.isBlank();
		}
	}

	/**
	 * Replies on the city's Facebook Page (Messenger Send API). Messages of {@code responseTemplates} answer the
	 * person's own message and go as RESPONSE within the standard messaging window; any other template (an official's
	 * answer days later) goes as a MESSAGE_TAG with {@code messageTag}.
	 */
	public record Messenger(@DefaultValue("https://graph.facebook.com") String baseUrl,
			@DefaultValue("v24.0") String graphVersion, @DefaultValue("") String pageAccessToken,
			@DefaultValue Set<String> responseTemplates, @DefaultValue("HUMAN_AGENT") String messageTag,
			@DefaultValue("5s") Duration connectTimeout, @DefaultValue("10s") Duration readTimeout) {

		public Messenger {
			responseTemplates = responseTemplates == null ? Set.of() : Set.copyOf(responseTemplates);
		}

		public boolean configured() {
			return !pageAccessToken.isBlank();
		}
	}
}
