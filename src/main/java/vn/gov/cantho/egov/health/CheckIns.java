package vn.gov.cantho.egov.health;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import vn.gov.cantho.egov.identity.Actor;

/**
 * Recording check-ins. A call returns only once the check-in is committed (acknowledged means durable); concurrent
 * single check-ins share commits, so throughput does not stop at one transaction per request.
 */
public interface CheckIns {

	CheckInReceipt record(Actor actor, CheckInCommand command);

	BatchReceipt recordBatch(Actor actor, String deviceId, List<CheckInCommand> rows);

	/** Records the person's check-out of their own check-in (found by id and check-in time). */
	CheckInReceipt checkOut(Actor actor, UUID checkInId, Instant checkedInAt, Instant checkedOutAt);
}
