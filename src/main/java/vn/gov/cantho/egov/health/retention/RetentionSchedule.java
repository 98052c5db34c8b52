package vn.gov.cantho.egov.health.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.health.domain.DailyPartitions;
import vn.gov.cantho.egov.health.domain.RetentionProperties;

/**
 * The retention rule in one place. On local day D the check-ins and declarations of D and of the {@code check-ins}
 * days before it (21 by default) are kept: the first day kept is D − 21. A day's rows therefore stay at least 21 whole
 * days after their day ended and go at the first run of the job after that, a little after local midnight (at most 22
 * days and the job's minutes after midnight). Check-ins older than 21 days are refused on the way in, so no row is
 * ever written into a day about to be dropped.
 */
@Component
public class RetentionSchedule {

	private final RetentionProperties retention;
	private final CronExpression cron;
	private final Clock clock;

	RetentionSchedule(RetentionProperties retention,
			@Value("${egov.health.retention.cron:" + RetentionJob.DEFAULT_CRON + "}") String cron, Clock clock) {
		this.retention = retention;
		this.cron = CronExpression.parse(cron);
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(DailyPartitions.ZONE));
	}

	/** The oldest local day still kept on {@code today}. */
	public LocalDate firstKeptDay(LocalDate today) {
		return today.minusDays(retention.checkInDays());
	}

	/** The whole days a check-in or a declaration is kept after its own day. */
	public int keptDays() {
		return retention.checkInDays();
	}

	public Duration keptFor() {
		return Duration.ofDays(retention.checkInDays());
	}

	/** When the scheduled job next runs. */
	public Instant nextRun() {
		return nextRun(clock.instant());
	}

	/** When the scheduled job next runs after {@code after}. */
	public Instant nextRun(Instant after) {
		return cron.next(after.atZone(DailyPartitions.ZONE)).toInstant();
	}

	/** When the rows of local day {@code day} are removed: the first run once {@code day} is before the first kept. */
	public Instant deletedAt(LocalDate day) {
		ZonedDateTime dayItFalls = day.plusDays(retention.checkInDays() + 1L).atStartOfDay(DailyPartitions.ZONE);
		return cron.next(dayItFalls.minusNanos(1)).toInstant();
	}
}
