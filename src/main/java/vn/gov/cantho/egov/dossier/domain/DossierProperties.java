package vn.gov.cantho.egov.dossier.domain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code egov.dossier}.
 *
 * @param uploadExpiry how long an uploaded file waits to be attached to a dossier before it is deleted
 * @param uploadCleanupInterval pause between two runs of the job deleting expired uploads
 * @param latenessCron when the job flagging overdue dossiers runs (Vietnam time); daily by default
 */
@ConfigurationProperties("egov.dossier")
public record DossierProperties(@DefaultValue("24h") Duration uploadExpiry,
		@DefaultValue("1h") Duration uploadCleanupInterval, @DefaultValue("0 5 0 * * *") String latenessCron) {
}
