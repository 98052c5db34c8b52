package vn.gov.cantho.egov.feedback.webhook;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the Zalo Official Account webhook checks, under {@code egov.feedback.zalo}. The OA access token and API address
 * used for replies are read by the notification module (see docs/integrations/zalo-facebook.md).
 *
 * @param appId the Zalo application id linked to the city's Official Account; events of any other app are refused
 * @param oaSecret the OA secret key (not the app secret) that Zalo mixes into each event's signature
 * @param maxAge how old an event's own timestamp may be; longer than Zalo's retry period, so that its retries of an
 * event we failed to take are not refused, while a captured event cannot be replayed for ever
 */
@ConfigurationProperties("egov.feedback.zalo")
public record ZaloWebhookProperties(@DefaultValue("") String appId, @DefaultValue("") String oaSecret,
		@DefaultValue("24h") Duration maxAge) {

	public boolean configured() {
		return !appId.isBlank() && !oaSecret.isBlank();
	}
}
