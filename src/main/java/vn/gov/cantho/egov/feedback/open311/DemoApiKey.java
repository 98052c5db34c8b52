package vn.gov.cantho.egov.feedback.open311;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The published demo key {@value #KEY}, so that the README's curl examples work on a demo server. Added once: a
 * second start, or a second test context on the same database, finds it there (or loses the race to insert it).
 */
@Component
@ConditionalOnBooleanProperty("egov.demo")
class DemoApiKey {

	static final String KEY = "demo-open311-key";
	static final String NAME = "Ứng dụng trình diễn Open311 (demo)";
	private static final Logger log = LoggerFactory.getLogger(DemoApiKey.class);

	private final ApiKeys keys;

	DemoApiKey(ApiKeys keys) {
		this.keys = keys;
	}

	@EventListener(ApplicationReadyEvent.class)
	void load() {
		try {
			keys.ensure(NAME, KEY, "demo");
		}
		catch (DuplicateKeyException e) {
			log.info("The Open311 demo key was added meanwhile by another node");
		}
	}
}
