package vn.gov.cantho.egov.health.web;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.health.CheckInCommand;
import vn.gov.cantho.egov.health.CheckInReceipt;
import vn.gov.cantho.egov.health.CheckInSource;
import vn.gov.cantho.egov.health.CheckIns;
import vn.gov.cantho.egov.health.HealthCodes;
import vn.gov.cantho.egov.health.People;
import vn.gov.cantho.egov.health.PersonalCode;
import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.shared.BusinessException;
import vn.gov.cantho.egov.shared.Contacts;

/**
 * One scan at a checkpoint, from the text a camera or a keyboard-wedge scanner read, or from the ID number of someone
 * without a phone. The personal code is verified here first (pure CPU), so a code scanned twice within the repeat
 * window is reported as a repeat without a second check-in; anything the module refuses comes back as a refusal with
 * its reason. Each check-in carries this device's id and the scan's own id, so a scan sent twice is recorded once.
 */
@Component
class Checkpoint {

	/** Sessions keep this many scans, to recognise repeats; the page shows fewer. */
	static final int KEPT = 50;
	private static final Pattern SCAN_ID = Pattern.compile("[A-Za-z0-9-]{8,64}");

	private final HealthCodes codes;
	private final CheckIns checkIns;
	private final People people;
	private final HealthWebProperties properties;
	private final Clock clock;

	Checkpoint(HealthCodes codes, CheckIns checkIns, People people, HealthWebProperties properties, Clock clock) {
		this.codes = codes;
		this.checkIns = checkIns;
		this.people = people;
		this.properties = properties;
		this.clock = clock;
	}

	ScanResult scan(Actor staff, String venueCode, String scanned, String scanId, HttpSession session) {
		Instant now = clock.instant();
		String text = scanned == null ? "" : scanned.strip();
		if (text.isEmpty()) {
			return kept(session, ScanResult.refused("error.health.web.scan-empty", venueCode, now));
		}
		String personRef;
		try {
			personRef = codes.verifyPersonal(text);
		}
		catch (BusinessException e) {
			return kept(session, ScanResult.refused(e.messageKey(), venueCode, now));
		}
		return record(staff, venueCode, text, personRef, null, CheckInSource.STAFF_SCAN, scanId, session, now);
	}

	/** Someone without a phone: their code is looked up (or made) from the ID number, which is never kept or shown. */
	ScanResult idNumber(Actor staff, String venueCode, String idNumber, String fullName, String phone, String scanId,
			HttpSession session) {
		Instant now = clock.instant();
		String id = idNumber == null ? "" : idNumber.replaceAll("\\s", "");
		if (id.isEmpty()) {
			return kept(session, ScanResult.refused("error.health.web.id-number-required", venueCode, now));
		}
		String mobile = null;
		if (!Contacts.isBlank(phone)) {
			mobile = Contacts.mobile(phone).orElse(null);
			if (mobile == null) {
				return kept(session, ScanResult.refused("error.health.web.venue-phone", venueCode, now));
			}
		}
		String name = Contacts.isBlank(fullName) ? null : fullName.strip();
		PersonalCode code;
		try {
			code = people.codeForIdNumber(staff, id, name, mobile);
		}
		catch (BusinessException e) {
			return kept(session, ScanResult.refused(e.messageKey(), venueCode, now));
		}
		return record(staff, venueCode, code.token(), code.personRef(), HealthWebDisplay.initials(name),
				CheckInSource.STAFF_ID_NUMBER, scanId, session, now);
	}

	private ScanResult record(Actor staff, String venueCode, String personToken, String personRef, String initials,
			CheckInSource source, String scanId, HttpSession session, Instant now) {
		if (RecentScans.repeated(session, venueCode, personRef, now, properties.repeatScanWindow())) {
			return kept(session, new ScanResult(ScanResult.Outcome.DUPLICATE, initials, null, venueCode, personRef, now));
		}
		String id = scanId != null && SCAN_ID.matcher(scanId).matches() ? scanId : UUID.randomUUID().toString();
		try {
			CheckInReceipt receipt = checkIns.record(staff, new CheckInCommand(codes.venueQr(venueCode), personToken,
					null, null, source, RecentScans.deviceId(session), id));
			ScanResult.Outcome outcome = receipt.duplicate() ? ScanResult.Outcome.DUPLICATE
					: ScanResult.Outcome.ACCEPTED;
			return kept(session, new ScanResult(outcome, initials, null, venueCode, personRef, receipt.checkedInAt()));
		}
		catch (BusinessException e) {
			if (e.status().is5xxServerError()) {
				throw e;
			}
			return kept(session, ScanResult.refused(e.messageKey(), venueCode, now));
		}
	}

	private static ScanResult kept(HttpSession session, ScanResult result) {
		RecentScans.add(session, result, KEPT);
		return result;
	}
}
