package vn.gov.cantho.egov.health;

import java.util.List;

/**
 * The outcome of a device batch: rows stored, rows already stored before (repeated upload), and each refused row with
 * its position and error code. Good rows are kept even when others are refused.
 */
public record BatchReceipt(int accepted, int duplicates, List<RowError> refused) {

	public BatchReceipt {
		refused = List.copyOf(refused);
	}

	/** A refused row: its 0-based position in the batch, the error code and the field at fault. */
	public record RowError(int index, String code, String field) {
	}
}
