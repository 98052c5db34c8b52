package vn.gov.cantho.egov.procedure;

/**
 * What a dossier costs, in VND. {@code FIXED}: {@code amount} per dossier, {@code onlineAmount} when submitted online
 * (null: same). {@code PER_PAGE}: {@code amount} per page for the first {@code fullRatePages} pages, then
 * {@code reducedAmount} per page, at most {@code cap} (null: no cap). {@code FREE}: nothing.
 */
public record FeeSchedule(Kind kind, long amount, Long onlineAmount, Integer fullRatePages, Long reducedAmount,
		Long cap) {

	public enum Kind {
		FREE, FIXED, PER_PAGE
	}

	public static FeeSchedule free() {
		return new FeeSchedule(Kind.FREE, 0, null, null, null, null);
	}

	public static FeeSchedule fixed(long amount, Long onlineAmount) {
		return new FeeSchedule(Kind.FIXED, amount, onlineAmount, null, null, null);
	}

	/** The fee for one dossier; {@code pages} counts only for per-page fees (at least 1). */
	public long feeFor(boolean online, int pages) {
		return switch (kind) {
			case FREE -> 0;
			case FIXED -> online && onlineAmount != null ? onlineAmount : amount;
			case PER_PAGE -> {
				int n = Math.max(1, pages);
				int full = fullRatePages == null ? n : Math.min(n, fullRatePages);
				long total = full * amount + (n - full) * (reducedAmount == null ? amount : reducedAmount);
				yield cap == null ? total : Math.min(total, cap);
			}
		};
	}
}
