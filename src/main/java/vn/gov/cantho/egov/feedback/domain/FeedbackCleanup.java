package vn.gov.cantho.egov.feedback.domain;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Deletes photos nobody attached to an item before they expired, and flood-control windows that ended. */
@Component
public class FeedbackCleanup {

	private static final Logger log = LoggerFactory.getLogger(FeedbackCleanup.class);

	private final PhotoStore photos;
	private final FloodControl flood;
	private final Clock clock;

	FeedbackCleanup(PhotoStore photos, FloodControl flood, Clock clock) {
		this.photos = photos;
		this.flood = flood;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${egov.feedback.cleanup-interval:1h}",
			initialDelayString = "${egov.feedback.cleanup-interval:1h}")
	void scheduled() {
		int deleted = deleteExpired();
		if (deleted > 0) {
			log.info("{} expired feedback photos deleted", deleted);
		}
	}

	/** @return how many expired photos were deleted */
	@Transactional
	public int deleteExpired() {
		flood.deleteOld(clock.instant());
		return photos.deleteExpired(clock.instant());
	}
}
