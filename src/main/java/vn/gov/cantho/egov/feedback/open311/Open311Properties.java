package vn.gov.cantho.egov.feedback.open311;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code egov.open311}.
 *
 * @param jurisdictionId the one jurisdiction this endpoint serves: requests naming another get 404, requests naming
 *        none or an empty one are served (the specification lets a single-city endpoint treat it as optional)
 */
@ConfigurationProperties("egov.open311")
public record Open311Properties(@DefaultValue("cantho.gov.vn") String jurisdictionId) {
}
