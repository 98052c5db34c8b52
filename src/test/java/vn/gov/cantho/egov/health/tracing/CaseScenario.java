package vn.gov.cantho.egov.health.tracing;

import static vn.gov.cantho.egov.health.tracing.TracingFixtures.at;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A small day three days ago: Y and X have breakfast at the café (8:00-9:00); the case and X are at the market
 * (10:00-11:00) where W arrives at 10:30; X and Z lunch at the café (12:00-13:00). F1: X and W; F2: Z through X; Y is
 * nobody's contact, since X met Y before X was exposed. W's name is a spreadsheet formula.
 */
final class CaseScenario {

	static final String FORMULA_NAME = "=HYPERLINK(\"http://evil.example\",\"Bấm\")";

	final long theCase;
	final long x;
	final long y;
	final long z;
	final long w;
	final long market;
	final long cafe;
	final Instant day = TracingFixtures.daysAgo(3);
	final Instant from = TracingFixtures.daysAgo(5);
	final Instant until = Instant.now().minus(1, ChronoUnit.MINUTES);

	CaseScenario(TracingFixtures fixtures) {
		market = fixtures.venue("Chợ thử nghiệm", 45, 15);
		cafe = fixtures.venue("Quán cà phê thử nghiệm", 60, 15);
		theCase = fixtures.person("Ca bệnh thử nghiệm");
		x = fixtures.person("Nguyễn Văn X");
		y = fixtures.person("Trần Thị Y");
		z = fixtures.person("Lê Văn Z");
		w = fixtures.person(FORMULA_NAME, "+84901234567");
		fixtures.checkIn(y, cafe, at(day, 8, 0), at(day, 9, 0));
		fixtures.checkIn(x, cafe, at(day, 8, 0), at(day, 9, 0));
		fixtures.checkIn(theCase, market, at(day, 10, 0), at(day, 11, 0));
		fixtures.checkIn(x, market, at(day, 10, 0), at(day, 11, 0));
		fixtures.checkIn(w, market, at(day, 10, 30), null);
		fixtures.checkIn(x, cafe, at(day, 12, 0), at(day, 13, 0));
		fixtures.checkIn(z, cafe, at(day, 12, 0), at(day, 13, 0));
	}
}
