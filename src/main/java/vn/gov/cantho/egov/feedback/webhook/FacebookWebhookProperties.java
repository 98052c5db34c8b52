package vn.gov.cantho.egov.feedback.webhook;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the Facebook Page webhook checks, under {@code egov.feedback.facebook}. The Page access token, Graph address and
 * version used for replies are read by the notification module (see docs/integrations/zalo-facebook.md).
 *
 * @param appSecret the Meta app secret that signs every event delivery (X-Hub-Signature-256)
 * @param verifyToken the token typed into the app dashboard when subscribing, echoed back in the verification request
 */
@ConfigurationProperties("egov.feedback.facebook")
public record FacebookWebhookProperties(@DefaultValue("") String appSecret, @DefaultValue("") String verifyToken) {

	public boolean configured() {
		return !appSecret.isBlank();
	}
}
