package vn.gov.cantho.egov.health.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.health.HealthRows;
import vn.gov.cantho.egov.health.HeldData;
import vn.gov.cantho.egov.health.HeldDataSet;
import vn.gov.cantho.egov.health.domain.DailyPartitions;

/**
 * What is held: on H2 exact counts that grow by exactly what was added; on PostgreSQL the partition's estimate, which
 * is exact once the partition was analysed (a small table is read whole). The oldest record and its deletion time
 * follow the retention rule on both.
 */
@IntegrationTest
class HeldCheckInsTest {

	@Autowired
	HeldCheckIns held;

	@Autowired
	List<HeldData> parts;

	@Autowired
	RetentionSchedule schedule;

	@Autowired
	DailyPartitions partitions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void countsOldestAndDeletionTimeFollowWhatWasAdded() {
		HealthRows rows = new HealthRows(jdbc);
		LocalDate day = schedule.today().minusDays(2);
		analyse(day);
		HeldDataSet checkInsBefore = set(HeldCheckIns.CHECK_INS);
		HeldDataSet declarationsBefore = set(HeldCheckIns.DECLARATIONS);
		long partitionBefore = partitionRows(day);
		long venue = rows.venue("31117");
		long person = HealthRows.person();
		Instant first = HealthRows.at(day, 7, 5);
		rows.checkIn(venue, person, first);
		rows.checkIn(venue, person, HealthRows.at(day, 9, 0));
		rows.checkIn(venue, HealthRows.person(), HealthRows.at(day, 23, 59));
		rows.declaration(person, HealthRows.at(day, 6, 0));
		analyse(day);

		HeldDataSet checkIns = set(HeldCheckIns.CHECK_INS);
		HeldDataSet declarations = set(HeldCheckIns.DECLARATIONS);

		if (held.estimated()) {
			assertThat(partitionRows(day)).isEqualTo(partitionBefore + 3);
			assertThat(checkIns.records()).isGreaterThanOrEqualTo(3);
			assertThat(checkIns.oldest()).isBeforeOrEqualTo(day.atStartOfDay(HealthRows.VIETNAM).toInstant());
		}
		else {
			assertThat(checkIns.records() - checkInsBefore.records()).isEqualTo(3);
			assertThat(declarations.records() - declarationsBefore.records()).isEqualTo(1);
			assertThat(checkIns.oldest()).isBeforeOrEqualTo(first);
		}
		for (HeldDataSet set : List.of(checkIns, declarations)) {
			assertThat(set.keptFor()).isEqualTo(Duration.ofDays(21));
			assertThat(set.oldestDeletedAt())
				.isEqualTo(schedule.deletedAt(LocalDate.ofInstant(set.oldest(), HealthRows.VIETNAM)));
			assertThat(set.oldestDeletedAt()).isAfter(set.oldest().plus(Duration.ofDays(21)));
		}
	}

	@Test
	void everyPartIsListedAndEachPartitionSaysWhenItGoes() {
		assertThat(parts.stream().flatMap(p -> p.held().stream()).map(HeldDataSet::kind))
			.contains(HeldCheckIns.CHECK_INS, HeldCheckIns.DECLARATIONS);
		if (!held.estimated()) {
			assertThat(held.partitions()).isEmpty();
			return;
		}
		LocalDate today = schedule.today();
		assertThat(held.partitions()).extracting(HeldPartition::day)
			.contains(today, schedule.firstKeptDay(today), today.plusDays(1));
		assertThat(held.partitions()).allSatisfy(p -> {
			assertThat(p.table()).isIn("health_check_in", "health_declaration");
			assertThat(p.deletedAt()).isEqualTo(schedule.deletedAt(p.day()));
			assertThat(p.bytes()).isPositive();
		});
	}

	private HeldDataSet set(String kind) {
		return held.held().stream().filter(s -> s.kind().equals(kind)).findFirst().orElseThrow();
	}

	private long partitionRows(LocalDate day) {
		return held.partitions(ExpiredData.CHECK_INS)
			.stream()
			.filter(p -> p.day().equals(day))
			.mapToLong(HeldPartition::estimatedRows)
			.sum();
	}

	private void analyse(LocalDate day) {
		if (partitions.partitioned()) {
			jdbc.sql("ANALYZE " + ExpiredData.partition(ExpiredData.CHECK_INS, day)).update();
			jdbc.sql("ANALYZE " + ExpiredData.partition(ExpiredData.DECLARATIONS, day)).update();
		}
	}
}
