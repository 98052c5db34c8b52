package vn.gov.cantho.egov.health.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.stereotype.Service;

import vn.gov.cantho.egov.audit.AuditLog;
import vn.gov.cantho.egov.health.BatchReceipt;
import vn.gov.cantho.egov.health.BatchReceipt.RowError;
import vn.gov.cantho.egov.health.CheckInCommand;
import vn.gov.cantho.egov.health.CheckInReceipt;
import vn.gov.cantho.egov.health.CheckInSource;
import vn.gov.cantho.egov.health.CheckIns;
import vn.gov.cantho.egov.health.HealthCodeRefused;
import vn.gov.cantho.egov.health.HealthCodes;
import vn.gov.cantho.egov.health.IntakeBusy;
import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.identity.Permissions;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Recording check-ins. A single check-in is checked here (codes verified by signature, times, permissions: all CPU, no
 * read) and handed to the {@link CheckInWriter}, which shares commits between concurrent requests; the call returns
 * once it is committed. A device batch is checked row by row and written set-based in its own transaction; bad rows
 * are reported with their position and never cost the good ones.
 */
@Service
class CheckInService implements CheckIns {

	private final HealthCodes codes;
	private final CheckInRules rules;
	private final CheckInWriter writer;
	private final CheckInTransactions transactions;
	private final CheckInReads reads;
	private final PersonStore persons;
	private final AuditLog audit;
	private final IntakeProperties properties;

	CheckInService(HealthCodes codes, CheckInRules rules, CheckInWriter writer, CheckInTransactions transactions,
			CheckInReads reads, PersonStore persons, AuditLog audit, IntakeProperties properties) {
		this.codes = codes;
		this.rules = rules;
		this.writer = writer;
		this.transactions = transactions;
		this.reads = reads;
		this.persons = persons;
		this.audit = audit;
		this.properties = properties;
	}

	@Override
	public CheckInReceipt record(Actor actor, CheckInCommand command) {
		CheckInSource source = command.source() != null ? command.source()
				: command.personCode() == null ? CheckInSource.SELF_SCAN : CheckInSource.STAFF_SCAN;
		PeopleService.require(actor, source == CheckInSource.SELF_SCAN ? Permissions.HEALTH_DECLARE
				: Permissions.HEALTH_CHECK_IN_STAFF);
		List<BusinessException> errors = new ArrayList<>();
		PendingCheckIn row = check(actor, command, source, rules.now(), new HashMap<>(), errors);
		if (!errors.isEmpty()) {
			throw BusinessException.allOf(errors);
		}
		RowOutcome outcome = await(writer.submit(row));
		return switch (outcome.kind()) {
			case INSERTED -> new CheckInReceipt(row.id(), row.venueCode(), outcome.venueName(), row.checkedInAt(),
					row.checkedOutAt(), false);
			case DUPLICATE -> reads.receipt(row.id(), row.checkedInAt()).orElseThrow(() -> new IntakeBusy(1));
			case UNKNOWN_VENUE -> throw new HealthCodeRefused(HealthCodeRefused.UNKNOWN, SignedCodes.VENUE_FIELD);
			case UNKNOWN_PERSON -> throw new HealthCodeRefused(HealthCodeRefused.UNKNOWN, SignedCodes.PERSON_FIELD);
			case FAILED -> throw new IntakeBusy(5);
		};
	}

	@Override
	public BatchReceipt recordBatch(Actor actor, String deviceId, List<CheckInCommand> rows) {
		PeopleService.require(actor, Permissions.HEALTH_CHECK_IN_STAFF);
		if (!rules.validDeviceId(deviceId)) {
			throw BusinessException.invalid(CheckInRules.DEVICE_ID_INVALID, "deviceId");
		}
		List<CheckInCommand> given = rows == null ? List.of() : rows;
		if (given.size() > properties.batchMaxRows()) {
			throw new BatchTooLarge(properties.batchMaxRows());
		}
		Instant now = rules.now();
		Map<String, String> venues = new HashMap<>();
		List<RowError> refused = new ArrayList<>();
		List<PendingCheckIn> pending = new ArrayList<>(given.size());
		List<Integer> positions = new ArrayList<>(given.size());
		for (int i = 0; i < given.size(); i++) {
			CheckInCommand c = given.get(i);
			List<BusinessException> errors = new ArrayList<>();
			if (c == null || !CheckInRules.validOwnId(c.deviceCheckInId())) {
				refused.add(new RowError(i, CheckInRules.CHECK_IN_ID_INVALID, "id"));
				continue;
			}
			CheckInCommand row = new CheckInCommand(c.venueCode(), c.personCode(), c.checkedInAt(), c.checkedOutAt(),
					CheckInSource.DEVICE_BATCH, deviceId, c.deviceCheckInId());
			PendingCheckIn checked = check(actor, row, CheckInSource.DEVICE_BATCH, now, venues, errors);
			if (errors.isEmpty()) {
				pending.add(checked);
				positions.add(i);
			}
			else {
				refused.add(new RowError(i, errors.get(0).code(), errors.get(0).field()));
			}
		}
		int accepted = 0;
		int duplicates = 0;
		List<RowOutcome> outcomes = pending.isEmpty() ? List.of() : transactions.write(pending, false);
		for (int k = 0; k < outcomes.size(); k++) {
			int index = positions.get(k);
			switch (outcomes.get(k).kind()) {
				case INSERTED -> accepted++;
				case DUPLICATE -> duplicates++;
				case UNKNOWN_VENUE -> refused.add(new RowError(index, HealthCodeRefused.UNKNOWN, "venueCode"));
				case UNKNOWN_PERSON -> refused.add(new RowError(index, HealthCodeRefused.UNKNOWN, "personCode"));
				case FAILED -> refused.add(new RowError(index, IntakeBusy.CODE, null));
			}
		}
		refused.sort(Comparator.comparingInt(RowError::index));
		audit.record("health.check-ins.uploaded", deviceId);
		return new BatchReceipt(accepted, duplicates, refused);
	}

	@Override
	public CheckInReceipt checkOut(Actor actor, UUID checkInId, Instant checkedInAt, Instant checkedOutAt) {
		boolean staff = actor != null && actor.has(Permissions.HEALTH_CHECK_IN_STAFF);
		if (!staff) {
			PeopleService.require(actor, Permissions.HEALTH_DECLARE);
		}
		if (checkInId == null || checkedInAt == null) {
			throw BusinessException.notFound(CheckInReads.NOT_FOUND, "id");
		}
		Instant now = rules.now();
		Instant in = checkedInAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		List<BusinessException> errors = new ArrayList<>();
		Instant out = rules.checkedOut(checkedOutAt == null ? now : checkedOutAt, in, now, errors);
		if (!errors.isEmpty()) {
			throw BusinessException.allOf(errors);
		}
		return reads.checkOut(checkInId, in, out, staff ? null : actor.username());
	}

	/** Verifies and checks one command; adds what is wrong to {@code errors}. Venue tokens are verified once each. */
	private PendingCheckIn check(Actor actor, CheckInCommand c, CheckInSource source, Instant now,
			Map<String, String> venues, List<BusinessException> errors) {
		String venueCode = null;
		try {
			String token = c.venueCode();
			venueCode = token == null ? null : venues.get(token);
			if (venueCode == null) {
				venueCode = codes.verifyVenue(token);
				venues.put(token, venueCode);
			}
		}
		catch (HealthCodeRefused e) {
			errors.add(e);
		}
		String personRef = person(actor, c, source, errors);
		Instant in = rules.checkedIn(c.checkedInAt(), now, errors);
		Instant out = rules.checkedOut(c.checkedOutAt(), in, now, errors);
		boolean derived = c.deviceCheckInId() != null;
		if (derived && !CheckInRules.validOwnId(c.deviceCheckInId())) {
			errors.add(BusinessException.invalid(CheckInRules.CHECK_IN_ID_INVALID, "id"));
		}
		if (c.deviceId() != null && !rules.validDeviceId(c.deviceId())) {
			errors.add(BusinessException.invalid(CheckInRules.DEVICE_ID_INVALID, "deviceId"));
		}
		UUID id = derived ? CheckInRules.derivedId(c.deviceId(), actor.username(), c.deviceCheckInId())
				: UUID.randomUUID();
		return new PendingCheckIn(id, derived, venueCode, personRef, in, out, source, c.deviceId(), actor.username());
	}

	/** The person checked in: the caller for a self scan (their own code, if given, must be theirs). */
	private String person(Actor actor, CheckInCommand c, CheckInSource source, List<BusinessException> errors) {
		String scanned = null;
		if (c.personCode() != null || source != CheckInSource.SELF_SCAN) {
			try {
				scanned = codes.verifyPersonal(c.personCode());
			}
			catch (HealthCodeRefused e) {
				errors.add(e);
				return null;
			}
		}
		if (source != CheckInSource.SELF_SCAN) {
			return scanned;
		}
		String own = persons.refOfAccount(actor.username()).orElse(null);
		if (own == null) {
			errors.add(BusinessException.invalid(IntakeErrors.NO_DECLARATION, "personCode"));
		}
		else if (scanned != null && !scanned.equals(own)) {
			errors.add(BusinessException.invalid("health.not-own-code", "personCode"));
		}
		return own;
	}

	private RowOutcome await(CompletableFuture<RowOutcome> done) {
		try {
			return done.get(properties.writer().ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IntakeBusy(1);
		}
		catch (ExecutionException e) {
			throw e.getCause() instanceof IntakeBusy busy ? busy : new IntakeBusy(5);
		}
		catch (TimeoutException e) {
			throw new IntakeBusy(5);
		}
	}
}
