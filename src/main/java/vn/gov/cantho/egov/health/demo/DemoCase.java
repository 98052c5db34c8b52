package vn.gov.cantho.egov.health.demo;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.health.testing.LabResults;
import vn.gov.cantho.egov.health.testing.NewSite;
import vn.gov.cantho.egov.health.testing.Registration;
import vn.gov.cantho.egov.health.testing.ResultEntry;
import vn.gov.cantho.egov.health.testing.Sampling;
import vn.gov.cantho.egov.health.testing.TestOutcome;
import vn.gov.cantho.egov.health.testing.TestReason;
import vn.gov.cantho.egov.health.testing.TestSite;
import vn.gov.cantho.egov.health.testing.TestSites;
import vn.gov.cantho.egov.health.testing.WalkIn;
import vn.gov.cantho.egov.identity.Actor;

/**
 * The demo case as it would happen: the person walks in to the ward health station today, the sample's result is
 * positive, and the health officer opens a case from it (the testing part opens it through the case management,
 * with the infectious window from two days before the sample until now, so the tracing finds yesterday's contacts).
 * Three people of the crowd test negative the same day, so the figures show a positive rate. The site is the testing
 * part's own demo site, created here with the same name when that part has not started yet (it then finds it).
 */
@Component
class DemoCase {

	static final NewSite SITE = new NewSite("Trạm Y tế phường Cái Khế (demo)", "12 Trần Văn Khéo, phường Cái Khế",
			"31117");
	static final String LAB = "Phòng xét nghiệm CDC Cần Thơ (demo)";

	private final TestSites sites;
	private final Sampling sampling;
	private final LabResults results;

	DemoCase(TestSites sites, Sampling sampling, LabResults results) {
		this.sites = sites;
		this.sampling = sampling;
		this.results = results;
	}

	/** Tests the demo people and opens the case from the positive result; returns the case code. */
	String open(Actor officer, Map<String, String> tokens) {
		String site = sites.sites()
			.stream()
			.filter(s -> s.name().equals(SITE.name()))
			.map(TestSite::code)
			.findFirst()
			.orElseGet(() -> sites.create(officer, SITE).code());
		for (DemoPerson person : List.of(DemoPerson.CROWD.get(0), DemoPerson.CROWD.get(1), DemoPerson.CROWD.get(2))) {
			test(officer, site, person, tokens, TestReason.SCREENING, TestOutcome.NEGATIVE);
		}
		Registration positive = test(officer, site, DemoPerson.CASE, tokens, TestReason.SYMPTOMS, TestOutcome.POSITIVE);
		return results.openCase(officer, positive.code());
	}

	private Registration test(Actor officer, String site, DemoPerson person, Map<String, String> tokens,
			TestReason reason, TestOutcome outcome) {
		Registration sampled = sampling.walkIn(officer, new WalkIn(tokens.get(person.idNumber()), site, reason,
				person.fullName(), person.dateOfBirth(), person.phone(), null));
		return results.enter(officer, new ResultEntry(sampled.code(), outcome, LAB, null));
	}
}
