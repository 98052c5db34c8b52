package vn.gov.cantho.egov.calendar.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import vn.gov.cantho.egov.calendar.LunarDate;

/**
 * Lays out the lunar months between two winter solstices and converts dates both ways. The rules of the Vietnamese
 * calendar: a month starts on the local day of a new moon; the month containing the winter solstice is month 11;
 * when 13 months start between two months 11, the first month after month 11 during which the sun enters no new
 * sector is the leap month and repeats the number of the month before it.
 */
public final class LunarYears {

	private static final int SOLSTICE_SECTOR = 9;

	/** Layouts are pure functions of the year; a few hundred years of them fit in a few hundred kilobytes. */
	private static final Map<Integer, List<LunarMonth>> LAYOUTS = new ConcurrentHashMap<>();

	private LunarYears() {
	}

	public static LunarDate toLunar(LocalDate date) {
		long day = LunarAstronomy.julianDay(date);
		int year = date.getYear();
		List<LunarMonth> months = day >= monthElevenStart(year) ? layout(year + 1) : layout(year);
		for (int i = months.size() - 1; i >= 0; i--) {
			LunarMonth month = months.get(i);
			if (month.firstDay() <= day) {
				return new LunarDate(month.year(), month.number(), (int) (day - month.firstDay()) + 1, month.leap());
			}
		}
		throw new IllegalStateException("no lunar month holds " + date);
	}

	public static LocalDate toSolar(LunarDate date) {
		LunarMonth month = month(date.year(), date.month(), date.leapMonth());
		if (date.day() > month.length()) {
			throw new IllegalArgumentException(
					"lunar month " + date.month() + " of " + date.year() + " has " + month.length() + " days");
		}
		return LunarAstronomy.date(month.firstDay() + date.day() - 1);
	}

	/** Days in the given month (29 or 30). */
	public static int length(int lunarYear, int month, boolean leap) {
		return month(lunarYear, month, leap).length();
	}

	/** The leap month of {@code lunarYear} (1 to 12), or 0 when the year has none. */
	public static int leapMonth(int lunarYear) {
		for (int window : new int[] { lunarYear, lunarYear + 1 }) {
			for (LunarMonth month : layout(window)) {
				if (month.leap() && month.year() == lunarYear) {
					return month.number();
				}
			}
		}
		return 0;
	}

	private static LunarMonth month(int lunarYear, int number, boolean leap) {
		// Months 11 and 12 of a lunar year come after the solstice that closes the solar year of the same number.
		List<LunarMonth> months = layout(number >= 11 ? lunarYear + 1 : lunarYear);
		return months.stream()
			.filter(m -> m.year() == lunarYear && m.number() == number && m.leap() == leap)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"lunar year " + lunarYear + " has no " + (leap ? "leap " : "") + "month " + number));
	}

	/**
	 * The months from month 11 of the lunar year before {@code solarYear} (which starts late in solarYear - 1) up to,
	 * not including, the month 11 that starts late in {@code solarYear}.
	 */
	static List<LunarMonth> layout(int solarYear) {
		return LAYOUTS.computeIfAbsent(solarYear, LunarYears::computeLayout);
	}

	private static List<LunarMonth> computeLayout(int solarYear) {
		long first = monthElevenLunation(solarYear - 1);
		long next = monthElevenLunation(solarYear);
		int count = (int) (next - first);
		int leapIndex = count == 13 ? leapIndex(first) : -1;
		List<LunarMonth> months = new ArrayList<>(count);
		int number = 10;
		int year = solarYear - 1;
		for (int i = 0; i < count; i++) {
			boolean leap = i == leapIndex;
			if (!leap) {
				number = number % 12 + 1;
				if (number == 1) {
					year = solarYear;
				}
			}
			long start = LunarAstronomy.newMoonDay(first + i);
			long end = LunarAstronomy.newMoonDay(first + i + 1);
			months.add(new LunarMonth(start, (int) (end - start), year, number, leap));
		}
		return List.copyOf(months);
	}

	private static long monthElevenStart(int solarYear) {
		return LunarAstronomy.newMoonDay(monthElevenLunation(solarYear));
	}

	/**
	 * The lunation starting month 11 of the lunar year ending in {@code solarYear}: the last new moon whose day
	 * starts before the sun reaches 270 degrees, i.e. the month in which the winter solstice falls.
	 */
	static long monthElevenLunation(int solarYear) {
		long lunation = LunarAstronomy.lunationBefore(LunarAstronomy.julianDay(LocalDate.of(solarYear, 12, 31)));
		// Around December the sun is in sectors 8 (before the solstice) to 10; no wrap past 0 can occur here.
		while (LunarAstronomy.sunSector(LunarAstronomy.newMoonDay(lunation)) >= SOLSTICE_SECTOR) {
			lunation--;
		}
		while (LunarAstronomy.sunSector(LunarAstronomy.newMoonDay(lunation + 1)) < SOLSTICE_SECTOR) {
			lunation++;
		}
		return lunation;
	}

	/** Index (1 to 12) of the first month after month 11 at whose start and end the sun is in the same sector. */
	private static int leapIndex(long monthEleven) {
		int sector = LunarAstronomy.sunSector(LunarAstronomy.newMoonDay(monthEleven + 1));
		for (int i = 1; i <= 12; i++) {
			int nextSector = LunarAstronomy.sunSector(LunarAstronomy.newMoonDay(monthEleven + i + 1));
			if (nextSector == sector) {
				return i;
			}
			sector = nextSector;
		}
		throw new IllegalStateException("13 lunar months without a leap month after lunation " + monthEleven);
	}

	/** One lunar month: its first day (Julian day number), length, lunar year, number and leap flag. */
	record LunarMonth(long firstDay, int length, int year, int number, boolean leap) {
	}
}
