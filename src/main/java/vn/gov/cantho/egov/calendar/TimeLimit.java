package vn.gov.cantho.egov.calendar;

/**
 * The legal handling time of a procedure: a number of working days, or the same day, or half a working day.
 * Same-day and half-day limits received after the afternoon cut-off move to the next working day.
 */
public record TimeLimit(Kind kind, int workingDays) {

	public enum Kind {
		WORKING_DAYS, SAME_DAY, HALF_DAY
	}

	public TimeLimit {
		if (kind == null) {
			throw new IllegalArgumentException("kind");
		}
		if (kind == Kind.WORKING_DAYS ? workingDays < 1 : workingDays != 0) {
			throw new IllegalArgumentException("workingDays " + workingDays + " for " + kind);
		}
	}

	public static TimeLimit workingDays(int days) {
		return new TimeLimit(Kind.WORKING_DAYS, days);
	}

	public static TimeLimit sameDay() {
		return new TimeLimit(Kind.SAME_DAY, 0);
	}

	public static TimeLimit halfDay() {
		return new TimeLimit(Kind.HALF_DAY, 0);
	}
}
