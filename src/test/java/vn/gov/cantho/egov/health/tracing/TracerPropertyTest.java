package vn.gov.cantho.egov.health.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tracer against the pair-by-pair reference over seeded random towns, and its guarantees one by one: each person
 * once at the lowest generation and earliest exposure, the case never listed, F2 only from an F1's time after its own
 * exposure.
 */
class TracerPropertyTest {

	static final Instant START = OverlapRulePropertyTest.BASE;
	static final OverlapRule RULE = new OverlapRule(Duration.ofMinutes(30), Duration.ofHours(24));

	static Stream<Long> seeds() {
		return IntStream.range(0, 150).mapToObj(i -> 104729L * i + 3);
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void findsExactlyWhatThePairByPairReferenceFinds(long seed) {
		TracingWorld world = TracingWorld.random(seed, START);
		List<Contact> contacts = new Tracer(world, RULE).trace(world.casePerson, world.window, 2);
		Map<Long, TracingWorld.Expected> found = contacts.stream()
			.collect(Collectors.toMap(Contact::personId,
					c -> new TracingWorld.Expected(c.generation(), c.overlap().from())));
		assertThat(found).isEqualTo(world.naive(RULE));
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void eachPersonOnceTheCaseNeverAndF2OnlyAfterTheirF1sExposure(long seed) {
		TracingWorld world = TracingWorld.random(seed, START);
		List<Contact> contacts = new Tracer(world, RULE).trace(world.casePerson, world.window, 2);
		assertThat(contacts).extracting(Contact::personId).doesNotHaveDuplicates().doesNotContain(world.casePerson);
		Map<Long, Contact> byPerson = contacts.stream().collect(Collectors.toMap(Contact::personId, Function.identity()));
		for (Contact contact : contacts) {
			assertThat(contact.overlap().from()).isBefore(world.window.until().plus(RULE.lingering()));
			assertThat(contact.minutes()).isGreaterThanOrEqualTo(world.venues.get(contact.venueId()).minOverlapMinutes());
			if (contact.generation() == 1) {
				assertThat(contact.viaPersonId()).isEqualTo(world.casePerson);
				assertThat(contact.overlap().from()).isAfterOrEqualTo(world.window.from());
			}
			else {
				Contact via = byPerson.get(contact.viaPersonId());
				assertThat(via).as("F2 through an F1").isNotNull();
				assertThat(via.generation()).isEqualTo(1);
				assertThat(contact.overlap().from()).as("after the F1's exposure").isAfterOrEqualTo(via.overlap().from());
			}
		}
		assertThat(contacts).isSortedAccordingTo(Tracer.ORDER);
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void oneGenerationIsTheF1OfTwo(long seed) {
		TracingWorld world = TracingWorld.random(seed, START);
		List<Contact> both = new Tracer(world, RULE).trace(world.casePerson, world.window, 2);
		List<Contact> first = new Tracer(world, RULE).trace(world.casePerson, world.window, 1);
		assertThat(first).isEqualTo(both.stream().filter(c -> c.generation() == 1).toList());
		assertThat(new Tracer(world, RULE).trace(world.casePerson, world.window, 5)).isEqualTo(both);
	}

	/** The random towns give the properties something to bite on: most have F1s, many have F2s. */
	@Test
	void theRandomTownsHaveContactsOfBothGenerations() {
		long withF1 = 0, withF2 = 0;
		for (long seed : seeds().toList()) {
			TracingWorld world = TracingWorld.random(seed, START);
			List<Contact> contacts = new Tracer(world, RULE).trace(world.casePerson, world.window, 2);
			withF1 += contacts.stream().anyMatch(c -> c.generation() == 1) ? 1 : 0;
			withF2 += contacts.stream().anyMatch(c -> c.generation() == 2) ? 1 : 0;
		}
		assertThat(withF1).isGreaterThan(100);
		assertThat(withF2).isGreaterThan(75);
	}

	/** X meets Y in the morning, meets the case at ten, meets Z at noon: Z is F2, Y is not. */
	@Test
	void anF1sVisitBeforeTheirExposureNeverYieldsF2() {
		Instant day = START.plus(Duration.ofDays(1));
		long x = 2, y = 3, z = 4, theCase = 1;
		TracingWorld world = new TracingWorld(new Interval(day, day.plus(Duration.ofDays(1))))
			.venue(10, 60, 15).venue(11, 60, 15).venue(12, 60, 15)
			.visit(x, 10, at(day, 8, 0), at(day, 9, 0)).visit(y, 10, at(day, 8, 0), at(day, 9, 0))
			.visit(theCase, 11, at(day, 10, 0), at(day, 11, 0)).visit(x, 11, at(day, 10, 0), at(day, 11, 0))
			.visit(x, 12, at(day, 12, 0), at(day, 13, 0)).visit(z, 12, at(day, 12, 0), at(day, 13, 0));
		List<Contact> contacts = new Tracer(world, RULE).trace(theCase, world.window, 2);
		assertThat(contacts).extracting(Contact::personId, Contact::generation, Contact::viaPersonId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(x, 1, theCase),
					org.assertj.core.groups.Tuple.tuple(z, 2, x));
	}

	/** Someone exposed twice keeps the earliest exposure, and F1 wins over F2 even when the F2 exposure is earlier. */
	@Test
	void eachPersonIsKeptAtTheLowestGenerationThenTheEarliestExposure() {
		Instant day = START.plus(Duration.ofDays(1));
		long theCase = 1, f1 = 2, both = 3;
		TracingWorld world = new TracingWorld(new Interval(day, day.plus(Duration.ofDays(1))))
			.venue(10, 60, 10).venue(11, 60, 10).venue(12, 60, 10)
			.visit(theCase, 10, at(day, 8, 0), at(day, 9, 0)).visit(f1, 10, at(day, 8, 0), at(day, 9, 0))
			// F2 exposure of "both" at 9:30 through f1, then F1 exposures at 14:00 and 16:00
			.visit(f1, 11, at(day, 9, 30), at(day, 10, 30)).visit(both, 11, at(day, 9, 30), at(day, 10, 30))
			.visit(theCase, 12, at(day, 14, 0), at(day, 15, 0)).visit(both, 12, at(day, 14, 0), at(day, 14, 30))
			.visit(theCase, 12, at(day, 16, 0), at(day, 17, 0)).visit(both, 12, at(day, 16, 0), at(day, 17, 0));
		Map<Long, Contact> contacts = new HashMap<>();
		new Tracer(world, RULE).trace(theCase, world.window, 2).forEach(c -> contacts.put(c.personId(), c));
		assertThat(contacts.get(both).generation()).isEqualTo(1);
		assertThat(contacts.get(both).overlap().from()).isEqualTo(at(day, 14, 0));
		assertThat(contacts.get(both).exposures()).isEqualTo(2);
		assertThat(contacts).containsOnlyKeys(f1, both);
	}

	/** The case checked in twice at once (two scans) is still not its own contact. */
	@Test
	void theCaseIsNeverItsOwnContact() {
		Instant day = START.plus(Duration.ofDays(1));
		TracingWorld world = new TracingWorld(new Interval(day, day.plus(Duration.ofDays(1)))).venue(10, 60, 0)
			.visit(1, 10, at(day, 8, 0), null)
			.visit(1, 10, at(day, 8, 5), null)
			.visit(2, 10, at(day, 8, 10), null)
			.visit(2, 10, at(day, 8, 20), null);
		assertThat(new Tracer(world, RULE).trace(1, world.window, 2)).extracting(Contact::personId).containsExactly(2L);
	}

	static Instant at(Instant day, int hour, int minute) {
		return day.plus(Duration.ofHours(hour)).plus(Duration.ofMinutes(minute));
	}
}
