package vn.gov.cantho.egov.health.tracing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes cases and their contact lists once past egov.health.retention.tracing. Every node runs it; a case deleted by
 * one node is simply not found by the others.
 */
@Component
class TracingCleanup {

	private static final Logger log = LoggerFactory.getLogger(TracingCleanup.class);

	private final CaseService cases;

	TracingCleanup(CaseService cases) {
		this.cases = cases;
	}

	@Scheduled(fixedDelayString = "${egov.health.tracing.cleanup-interval:1h}", initialDelayString = "1m")
	void scheduled() {
		int deleted = cases.deleteExpired();
		if (deleted > 0) {
			log.info("{} cases past their retention deleted with their contact lists", deleted);
		}
	}
}
