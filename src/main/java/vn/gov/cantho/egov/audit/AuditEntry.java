package vn.gov.cantho.egov.audit;

import java.time.OffsetDateTime;

/** One recorded action, its time in Vietnam's offset. */
public record AuditEntry(OffsetDateTime occurredAt, String actor, String clientIp, String action, String reference) {
}
