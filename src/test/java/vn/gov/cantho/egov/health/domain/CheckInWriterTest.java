package vn.gov.cantho.egov.health.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.health.CheckInCommand;
import vn.gov.cantho.egov.health.CheckInReceipt;
import vn.gov.cantho.egov.health.CheckInSource;
import vn.gov.cantho.egov.health.CheckIns;
import vn.gov.cantho.egov.health.HealthCodes;
import vn.gov.cantho.egov.health.IntakeBusy;
import vn.gov.cantho.egov.health.PersonalCode;
import vn.gov.cantho.egov.health.VenueRegistration;
import vn.gov.cantho.egov.health.VenueType;
import vn.gov.cantho.egov.health.Venues;
import vn.gov.cantho.egov.identity.AccountKind;
import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.identity.Permissions;
import vn.gov.cantho.egov.identity.Scope;

/**
 * The group-commit writer: many threads recording at once each get their own committed check-in, stored exactly once;
 * a row the database refuses does not cost the other rows of its group; a full queue or a stopped writer refuses at
 * once; stopping drains what is queued.
 */
@IntegrationTest
class CheckInWriterTest {

	static final Actor STAFF = new Actor("checkpoint", "Cán bộ chốt", AccountKind.OFFICIAL, "SYT",
			Set.of("CHECKPOINT_STAFF"), Set.of(Permissions.HEALTH_CHECK_IN_STAFF), Scope.OWN_AGENCY);
	static final Actor OFFICIAL = new Actor("health", "Cán bộ y tế", AccountKind.OFFICIAL, "SYT",
			Set.of("HEALTH_OFFICER"), Set.of(Permissions.HEALTH_VENUE_MANAGE), Scope.OWN_AGENCY);

	@Autowired
	CheckIns checkIns;

	@Autowired
	CheckInTransactions transactions;

	@Autowired
	Venues venues;

	@Autowired
	HealthCodes codes;

	@Autowired
	PersonStore persons;

	@Autowired
	JdbcClient jdbc;

	String venueCode;
	String personRef;

	@BeforeEach
	void venueAndPerson() {
		venueCode = venues.register(OFFICIAL, new VenueRegistration("Quầy ghi nhóm", "2 Hòa Bình", "31117",
				VenueType.SHOP, null, null, null)).code();
		PersonalCode code = codes.issuePersonal(persons.ofIdNumber(new PersonStore.Details("Người ghi nhóm", null,
				vn.gov.cantho.egov.identity.CitizenIdNumber.ofStored("092090004321")), Instant.now()));
		personRef = code.personRef();
	}

	PendingCheckIn pending(Instant in, Instant out) {
		return new PendingCheckIn(UUID.randomUUID(), false, venueCode, personRef, in, out, CheckInSource.STAFF_SCAN,
				null, "checkpoint");
	}

	long count(UUID id) {
		return jdbc.sql("SELECT COUNT(*) FROM health_check_in WHERE id = :id").param("id", id).query(Long.class).single();
	}

	@Test
	void concurrentCheckInsAreEachCommittedExactlyOnce() throws Exception {
		String venueQr = codes.venueQr(venueCode);
		String personal = codes.issuePersonal(personRef).token();
		ExecutorService pool = Executors.newFixedThreadPool(24);
		List<Future<CheckInReceipt>> futures = new ArrayList<>();
		for (int i = 0; i < 600; i++) {
			futures.add(pool.submit(() -> checkIns.record(STAFF,
					new CheckInCommand(venueQr, personal, null, null, CheckInSource.STAFF_SCAN, null, null))));
		}
		Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
		for (Future<CheckInReceipt> f : futures) {
			CheckInReceipt receipt = f.get(60, TimeUnit.SECONDS);
			assertThat(receipt.duplicate()).isFalse();
			assertThat(receipt.venueName()).isEqualTo("Quầy ghi nhóm");
			acknowledged.add(receipt.id());
		}
		pool.shutdown();
		assertThat(acknowledged).hasSize(600);
		List<UUID> stored = jdbc.sql("""
				SELECT c.id FROM health_check_in c JOIN health_venue v ON v.id = c.venue_id WHERE v.code = :code""")
			.param("code", venueCode)
			.query(UUID.class)
			.list();
		assertThat(stored).hasSize(600).containsExactlyInAnyOrderElementsOf(acknowledged);
	}

	@Test
	void concurrentRetriesOfOneCheckInStoreItOnce() throws Exception {
		String venueQr = codes.venueQr(venueCode);
		String personal = codes.issuePersonal(personRef).token();
		String key = UUID.randomUUID().toString();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<CheckInReceipt>> futures = new ArrayList<>();
		Instant at = Instant.now().minusSeconds(30);
		for (int i = 0; i < 40; i++) {
			futures.add(pool.submit(() -> checkIns.record(STAFF,
					new CheckInCommand(venueQr, personal, at, null, CheckInSource.STAFF_SCAN, null, key))));
		}
		Set<UUID> ids = ConcurrentHashMap.newKeySet();
		int fresh = 0;
		for (Future<CheckInReceipt> f : futures) {
			CheckInReceipt receipt = f.get(60, TimeUnit.SECONDS);
			ids.add(receipt.id());
			fresh += receipt.duplicate() ? 0 : 1;
		}
		pool.shutdown();
		assertThat(ids).hasSize(1);
		assertThat(fresh).isEqualTo(1);
		assertThat(count(ids.iterator().next())).isEqualTo(1);
	}

	@Test
	void aRowTheDatabaseRefusesDoesNotCostTheOthersOfItsGroup() {
		Instant in = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MICROS);
		List<PendingCheckIn> group = new ArrayList<>();
		for (int i = 0; i < 9; i++) {
			group.add(pending(in, null));
		}
		// Past the rules, the database's own check (check-out before check-in) refuses this one row.
		PendingCheckIn bad = pending(in, in.minusSeconds(60));
		group.add(4, bad);
		Collections.shuffle(group);
		List<RowOutcome> outcomes = transactions.write(group, true);
		for (int i = 0; i < group.size(); i++) {
			PendingCheckIn row = group.get(i);
			if (row == bad) {
				assertThat(outcomes.get(i).kind()).isEqualTo(RowOutcome.Kind.FAILED);
				assertThat(count(row.id())).isZero();
			}
			else {
				assertThat(outcomes.get(i).kind()).isEqualTo(RowOutcome.Kind.INSERTED);
				assertThat(count(row.id())).isEqualTo(1);
			}
		}
	}

	@Test
	void aStoppedOrFullWriterRefusesAtOnceAndStoppingDrainsTheQueue() throws Exception {
		IntakeProperties small = new IntakeProperties(null, null, null, 0,
				new IntakeProperties.Writer(5, 2, 1, null));
		CheckInWriter writer = new CheckInWriter(transactions, small, new SimpleMeterRegistry());
		Instant in = Instant.now().minusSeconds(10).truncatedTo(ChronoUnit.MICROS);
		assertThatThrownBy(() -> writer.submit(pending(in, null))).isInstanceOf(IntakeBusy.class);

		writer.start();
		List<PendingCheckIn> rows = new ArrayList<>();
		List<CompletableFuture<RowOutcome>> accepted = new ArrayList<>();
		int refused = 0;
		for (int i = 0; i < 200; i++) {
			PendingCheckIn row = pending(in, null);
			try {
				accepted.add(writer.submit(row));
				rows.add(row);
			}
			catch (IntakeBusy e) {
				assertThat(e.retryAfterSeconds()).isPositive();
				refused++;
			}
		}
		writer.stop();
		assertThat(refused).as("a queue of five fills up under 200 quick submissions").isPositive();
		assertThat(accepted).allSatisfy(f -> assertThat(f).isCompletedWithValueMatching(
				o -> o.kind() == RowOutcome.Kind.INSERTED));
		rows.forEach(row -> assertThat(count(row.id())).isEqualTo(1));
		assertThatThrownBy(() -> writer.submit(pending(in, null))).isInstanceOf(IntakeBusy.class);
	}
}
