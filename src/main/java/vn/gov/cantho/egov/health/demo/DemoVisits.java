package vn.gov.cantho.egov.health.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import vn.gov.cantho.egov.health.CheckInCommand;
import vn.gov.cantho.egov.health.CheckInSource;
import vn.gov.cantho.egov.health.demo.DemoPlaces.Place;
import vn.gov.cantho.egov.health.domain.DailyPartitions;

/**
 * The demo check-ins, relative to today, as rows of a device batch (each with its own id, so a repeated upload adds
 * nothing). The scenario, all yesterday unless said: the case passes the checkpoint at 07:00 for ten minutes (a
 * checkpoint needs an hour's overlap, so nobody there becomes a contact) and dines at the restaurant 18:00–19:30; the
 * citizen is at the restaurant 18:30–20:00 (F1), then at the shop 20:15–21:15 with Em 20:30–21:30 (F2, after the
 * citizen's exposure); Dung is at the restaurant 19:15–19:25 only (ten minutes, under the fifteen needed); Giang was
 * at the school with the citizen two days ago, before the citizen's exposure (not an F2: time order). The crowd's
 * visits over the last seven days and today so far only feed the figures, at hours away from the scenario.
 */
final class DemoVisits {

	private static final List<Place> CROWD_PLACES = List.of(Place.CHECKPOINT, Place.MARKET, Place.SHOP, Place.SCHOOL);

	private DemoVisits() {
	}

	/** The scenario's rows; {@code tokens} holds the personal code of the citizen (key "citizen") and of each person. */
	static List<CheckInCommand> scenario(LocalDate today, Map<Place, String> qr, Map<String, String> tokens) {
		LocalDate yesterday = today.minusDays(1);
		LocalDate before = today.minusDays(2);
		String citizen = tokens.get("citizen");
		String infected = tokens.get(DemoPerson.CASE.idNumber());
		List<CheckInCommand> rows = new ArrayList<>();
		rows.add(row("scn-checkpoint", qr.get(Place.CHECKPOINT), infected, yesterday, "07:00", "07:10"));
		rows.add(row("scn-case-dinner", qr.get(Place.RESTAURANT), infected, yesterday, "18:00", "19:30"));
		rows.add(row("scn-citizen-dinner", qr.get(Place.RESTAURANT), citizen, yesterday, "18:30", "20:00"));
		rows.add(row("scn-citizen-shop", qr.get(Place.SHOP), citizen, yesterday, "20:15", "21:15"));
		rows.add(row("scn-em-shop", qr.get(Place.SHOP), tokens.get(DemoPerson.SHOP_CONTACT.idNumber()), yesterday,
				"20:30", "21:30"));
		rows.add(row("scn-dung-dinner", qr.get(Place.RESTAURANT), tokens.get(DemoPerson.BRIEF_VISIT.idNumber()),
				yesterday, "19:15", "19:25"));
		rows.add(row("scn-citizen-school", qr.get(Place.SCHOOL), citizen, before, "09:00", "11:00"));
		rows.add(row("scn-giang-school", qr.get(Place.SCHOOL), tokens.get(DemoPerson.EARLIER_VISIT.idNumber()), before,
				"09:00", "11:00"));
		return rows;
	}

	/**
	 * One to three visits a day per person of the crowd, seven days back and today up to {@code now}, between 06:00
	 * and 18:00, each ten minutes to an hour, at a place and hour drawn from the day and the person (the same on
	 * every start, so a start on the same day uploads the same ids again and adds nothing).
	 */
	static List<CheckInCommand> crowd(LocalDate today, Instant now, Map<Place, String> qr, Map<String, String> tokens) {
		List<CheckInCommand> rows = new ArrayList<>();
		for (int back = 7; back >= 0; back--) {
			LocalDate day = today.minusDays(back);
			for (int p = 0; p < DemoPerson.CROWD.size(); p++) {
				String token = tokens.get(DemoPerson.CROWD.get(p).idNumber());
				int visits = 1 + Math.floorMod(Objects.hash(day, p), 3);
				for (int k = 0; k < visits; k++) {
					int h = Math.floorMod(Objects.hash(day, p, k), 1_000_003);
					LocalTime in = LocalTime.of(6 + h % 12, (h / 7) % 60);
					Instant at = day.atTime(in).atZone(DailyPartitions.ZONE).toInstant();
					Instant out = at.plusSeconds(60L * (10 + (h / 13) % 50));
					if (!out.isAfter(now)) {
						rows.add(new CheckInCommand(qr.get(CROWD_PLACES.get(h % CROWD_PLACES.size())), token, at, out,
								CheckInSource.DEVICE_BATCH, null, "crowd-" + day + "-" + p + "-" + k));
					}
				}
			}
		}
		return rows;
	}

	private static CheckInCommand row(String key, String venueQr, String token, LocalDate day, String in, String out) {
		Instant from = day.atTime(LocalTime.parse(in)).atZone(DailyPartitions.ZONE).toInstant();
		Instant until = day.atTime(LocalTime.parse(out)).atZone(DailyPartitions.ZONE).toInstant();
		return new CheckInCommand(venueQr, token, from, until, CheckInSource.DEVICE_BATCH, null, key + "-" + day);
	}
}
