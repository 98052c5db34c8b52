package vn.gov.cantho.egov.dossier.domain;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Deletes uploads nobody attached to a dossier before they expired, and contents no upload uses any more. */
@Component
public class UploadCleanup {

	private static final Logger log = LoggerFactory.getLogger(UploadCleanup.class);

	private final FileStore files;
	private final Clock clock;

	UploadCleanup(FileStore files, Clock clock) {
		this.files = files;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${egov.dossier.upload-cleanup-interval:1h}",
			initialDelayString = "${egov.dossier.upload-cleanup-interval:1h}")
	void scheduled() {
		try {
			int deleted = deleteExpired();
			if (deleted > 0) {
				log.info("{} expired uploads deleted", deleted);
			}
		}
		catch (DataIntegrityViolationException e) {
			// The same content was uploaded again while it was being deleted; the next run tries again.
			log.info("Upload clean-up deferred: {}", e.getClass().getSimpleName());
		}
	}

	@Transactional
	public int deleteExpired() {
		return files.deleteExpired(clock.instant());
	}
}
