package vn.gov.cantho.egov.audit;

import java.util.List;

/** One page of entries, newest first. @param page 0-based */
public record AuditPage(List<AuditEntry> entries, int page, int size, boolean hasNext) {

	public AuditPage {
		entries = List.copyOf(entries);
	}
}
