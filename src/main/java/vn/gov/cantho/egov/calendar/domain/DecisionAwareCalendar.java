package vn.gov.cantho.egov.calendar.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;

import vn.gov.cantho.egov.calendar.Holiday;
import vn.gov.cantho.egov.calendar.TimeLimit;
import vn.gov.cantho.egov.calendar.WorkingCalendar;

/**
 * The working calendar: computed holidays overlaid by the decisions in the database.
 *
 * <p>Caching: a year's plan is kept in memory under the revision counter of the decisions table, and every call
 * first reads that counter (one single-row primary-key read). A decision entered on any node increments the counter
 * in its own transaction, so the next call on every node sees a new revision and rebuilds the years it needs. This is
 * exact across nodes, unlike a time-to-live cache, and much cheaper than reading and overlaying a year of decisions
 * for each deadline. The counter is read before the decisions, so a plan can only be newer than its revision label,
 * never older, and a newer label always replaces it.
 */
@Service
class DecisionAwareCalendar implements WorkingCalendar {

	private final DecisionStore store;
	private final HolidayNames names;
	private final CalendarProperties hours;
	private volatile Snapshot snapshot = new Snapshot(-1);

	DecisionAwareCalendar(DecisionStore store, HolidayNames names, CalendarProperties hours) {
		this.store = store;
		this.names = names;
		this.hours = hours;
	}

	@Override
	public boolean isWorkingDay(LocalDate date) {
		return view().isWorkingDay(date);
	}

	@Override
	public LocalDate addWorkingDays(LocalDate from, int days) {
		return view().addWorkingDays(from, days);
	}

	@Override
	public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
		return view().workingDaysBetween(fromExclusive, toInclusive);
	}

	@Override
	public List<Holiday> holidays(int year) {
		return view().holidays(year);
	}

	@Override
	public LocalDate receptionDay(LocalDateTime receivedAt) {
		return view().receptionDay(receivedAt);
	}

	@Override
	public LocalDateTime dueAt(LocalDateTime receivedAt, TimeLimit limit) {
		return view().dueAt(receivedAt, limit);
	}

	private CalendarView view() {
		long revision = store.revision();
		Snapshot current = snapshot;
		if (current.revision() != revision) {
			current = new Snapshot(revision);
			snapshot = current;
		}
		Snapshot used = current;
		return new CalendarView(year -> used.plans().computeIfAbsent(year, this::plan), hours);
	}

	private YearPlan plan(int year) {
		List<Holiday> computed = HolidayRules.daysOff(year).stream().map(names::holiday).toList();
		return YearPlan.of(year, computed, store.decisions(year));
	}

	private record Snapshot(long revision, Map<Integer, YearPlan> plans) {

		Snapshot(long revision) {
			this(revision, new ConcurrentHashMap<>());
		}
	}
}
