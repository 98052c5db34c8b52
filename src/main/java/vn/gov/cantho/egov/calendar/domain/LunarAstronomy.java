package vn.gov.cantho.egov.calendar.domain;

import java.time.LocalDate;

/**
 * The two astronomical quantities the Vietnamese lunisolar calendar rests on, in Vietnam's time zone (UTC+7): the
 * local day of each new moon, and the sun's position among the twelve 30-degree sectors of the ecliptic at the start
 * of a local day. Formulas from Jean Meeus (Astronomical Formulae for Calculators, Astronomical Algorithms), the
 * low-precision series also used by Hồ Ngọc Đức's published Vietnamese calendar algorithm, so that results agree
 * with the calendars printed in Vietnam. Days are Julian day numbers (whole days, counted from noon).
 */
final class LunarAstronomy {

	/**
	 * Hours ahead of UTC. Vietnam's calendar is computed for UTC+7 since 1968; it is used here for every year, so
	 * dates before 1968 can differ from calendars printed then, which used UTC+8.
	 */
	static final double ZONE_HOURS = 7.0;

	/** Mean length of a lunation in days. */
	static final double SYNODIC_MONTH = 29.530588853;

	/** Julian day of the mean new moon numbered 0 (early January 1900), the origin of lunation numbers. */
	static final double FIRST_NEW_MOON = 2415021.076998695;

	private static final long EPOCH_JULIAN_DAY = 2440588;
	private static final double DEGREE = Math.PI / 180;
	private static final double J2000 = 2451545.0;

	private LunarAstronomy() {
	}

	static long julianDay(LocalDate date) {
		return date.toEpochDay() + EPOCH_JULIAN_DAY;
	}

	static LocalDate date(long julianDay) {
		return LocalDate.ofEpochDay(julianDay - EPOCH_JULIAN_DAY);
	}

	/** The lunation number whose mean new moon falls closest before {@code julianDay}. */
	static long lunationBefore(long julianDay) {
		return (long) Math.floor((julianDay - FIRST_NEW_MOON) / SYNODIC_MONTH);
	}

	/** The local (UTC+7) day on which new moon number {@code lunation} happens. */
	static long newMoonDay(long lunation) {
		return (long) Math.floor(newMoonInstant(lunation) + 0.5 + ZONE_HOURS / 24);
	}

	/**
	 * Which twelfth of the ecliptic the sun is in at local midnight starting {@code julianDay}: 0 from the March
	 * equinox, 9 from the winter solstice (270 degrees). A lunar month is a leap month when the sun does not change
	 * sector during it.
	 */
	static int sunSector(long julianDay) {
		double longitude = sunLongitude(julianDay - 0.5 - ZONE_HOURS / 24);
		return (int) Math.floor(longitude / 30);
	}

	/** Julian ephemeris day (fractional, UTC) of new moon number {@code lunation}, after Meeus. */
	static double newMoonInstant(long lunation) {
		double k = lunation;
		double t = k / 1236.85;
		double t2 = t * t;
		double t3 = t2 * t;
		double mean = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
				+ 0.00033 * sin(166.56 + 132.87 * t - 0.009173 * t2);
		double sunAnomaly = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
		double moonAnomaly = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
		double latitudeArgument = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
		double correction = (0.1734 - 0.000393 * t) * sin(sunAnomaly) + 0.0021 * sin(2 * sunAnomaly)
				- 0.4068 * sin(moonAnomaly) + 0.0161 * sin(2 * moonAnomaly) - 0.0004 * sin(3 * moonAnomaly)
				+ 0.0104 * sin(2 * latitudeArgument) - 0.0051 * sin(sunAnomaly + moonAnomaly)
				- 0.0074 * sin(sunAnomaly - moonAnomaly) + 0.0004 * sin(2 * latitudeArgument + sunAnomaly)
				- 0.0004 * sin(2 * latitudeArgument - sunAnomaly) - 0.0006 * sin(2 * latitudeArgument + moonAnomaly)
				+ 0.0010 * sin(2 * latitudeArgument - moonAnomaly) + 0.0005 * sin(2 * moonAnomaly + sunAnomaly);
		return mean + correction - deltaT(t, t2, t3);
	}

	/** The sun's true ecliptic longitude in degrees, 0 to 360, at the fractional Julian day {@code instant}. */
	static double sunLongitude(double instant) {
		double t = (instant - J2000) / 36525;
		double t2 = t * t;
		double meanAnomaly = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
		double meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
		double centre = (1.914600 - 0.004817 * t - 0.000014 * t2) * sin(meanAnomaly)
				+ (0.019993 - 0.000101 * t) * sin(2 * meanAnomaly) + 0.000290 * sin(3 * meanAnomaly);
		double longitude = (meanLongitude + centre) % 360;
		return longitude < 0 ? longitude + 360 : longitude;
	}

	/** Difference between dynamical and universal time, in days, as a polynomial of centuries since 1900. */
	private static double deltaT(double t, double t2, double t3) {
		if (t < -11) {
			return 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
		}
		return -0.000278 + 0.000265 * t + 0.000262 * t2;
	}

	private static double sin(double degrees) {
		return Math.sin(degrees * DEGREE);
	}
}
