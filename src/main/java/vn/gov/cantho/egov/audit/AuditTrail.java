package vn.gov.cantho.egov.audit;

/** Reads the audit log for administrators: newest first, filtered, paged. There is no way to change an entry. */
public interface AuditTrail {

	int PAGE_SIZE = 50;

	/**
	 * @param page 0-based page of {@link #PAGE_SIZE} entries
	 * @throws vn.gov.cantho.egov.shared.BusinessException {@code audit.invalid-range} when {@code from} is after
	 * {@code to}
	 */
	AuditPage search(AuditQuery query, int page);
}
