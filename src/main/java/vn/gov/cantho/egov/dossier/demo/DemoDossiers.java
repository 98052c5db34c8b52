package vn.gov.cantho.egov.dossier.demo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.dossier.AttachedDocument;
import vn.gov.cantho.egov.dossier.DossierApplication;
import vn.gov.cantho.egov.dossier.DossierManagement;
import vn.gov.cantho.egov.dossier.DossierView;
import vn.gov.cantho.egov.dossier.SubmissionChannel;
import vn.gov.cantho.egov.dossier.domain.TransitionTable;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * A handful of demo dossiers in different states for the immigration office (passports) and Cái Khế ward, so that the
 * work queues and the citizen's list are not empty. Made through the module's own operations acting as the demo
 * accounts; applicants are named as demo. Idempotent: each dossier has its own idempotency key, so a second start
 * finds it instead of making another, and only the steps the table still allows from its state are taken. Runs once
 * the application is ready: after the procedure catalogue (an application runner) and the demo accounts (a ready
 * listener of an earlier order).
 */
@Component
@ConditionalOnProperty(name = "egov.demo", havingValue = "true")
class DemoDossiers {

	/** A one-page PDF standing in for every scanned document of the demo. */
	static final byte[] SCAN = "%PDF-1.4\n% Ho so mau (demo)\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	private static final Logger log = LoggerFactory.getLogger(DemoDossiers.class);

	private final DossierManagement dossiers;
	private final UserDetailsService users;

	DemoDossiers(DossierManagement dossiers, UserDetailsService users) {
		this.dossiers = dossiers;
		this.users = users;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void load() {
		int steps = 0;
		Instant started = Instant.now();
		for (DemoScenario scenario : DemoData.scenarios()) {
			try {
				steps += play(scenario, started);
			}
			catch (BusinessException | UsernameNotFoundException e) {
				// A demo procedure or account is missing (or another node is loading the same data): skip it.
				log.warn("Demo dossier {} not made: {}", scenario.key(), e.getMessage());
			}
		}
		if (steps > 0) {
			log.info("Demo dossiers: {} submissions and steps taken", steps);
		}
	}

	/** @return how many submissions and steps were taken now (none when the dossier is already as it should be) */
	int play(DemoScenario scenario, Instant started) {
		DossierView view = as(scenario.submitter(), () -> scenario.channel() == SubmissionChannel.ONLINE
				? dossiers.submit(withFiles(scenario.application()), scenario.key())
				: dossiers.register(scenario.application(), scenario.channel(), scenario.key()));
		int taken = view.submittedAt().isBefore(started) ? 0 : 1;
		for (DemoScenario.Step step : scenario.steps()) {
			if (TransitionTable.find(view.state(), step.action()).isPresent()) {
				String code = view.code();
				view = as(step.user(), () -> dossiers.act(code, step.action(), step.request()));
				taken++;
			}
		}
		return taken;
	}

	/** Uploads the scan for each document named in the application, as the submitting citizen. */
	private DossierApplication withFiles(DossierApplication application) {
		List<AttachedDocument> files = application.documents()
			.stream()
			.map(d -> new AttachedDocument(d.documentCode(), dossiers.upload(d.documentCode() + ".pdf", SCAN).id()))
			.toList();
		return new DossierApplication(application.procedureCode(), application.applicant(), application.formValues(),
				files, application.delivery(), application.postalAddress(), application.language());
	}

	private <T> T as(String username, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		UserDetails user = users.loadUserByUsername(username);
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}
