package vn.gov.cantho.egov.procedure.domain;

import vn.gov.cantho.egov.procedure.FeeSchedule;

/**
 * A fee must be computable and never surprise the applicant: amounts are positive, the online price is not above
 * the counter price (Decree 42/2022 encourages lower online fees), the reduced per-page price is not above the first
 * one, and a cap is not below the price of one page.
 */
final class FeeRules {

	private FeeRules() {
	}

	static void check(Problems problems, FeeSchedule fee) {
		if (!problems.required(fee == null ? null : fee.kind(), "fee.kind")) {
			return;
		}
		switch (fee.kind()) {
			case FREE -> {
			}
			case FIXED -> {
				positive(problems, fee.amount(), "fee.amount");
				if (notNegative(problems, fee.onlineAmount(), "fee.onlineAmount") && fee.amount() > 0
						&& fee.onlineAmount() > fee.amount()) {
					problems.add("procedure.online-fee-higher", "fee.onlineAmount");
				}
			}
			case PER_PAGE -> perPage(problems, fee);
		}
	}

	private static void perPage(Problems problems, FeeSchedule fee) {
		boolean priced = positive(problems, fee.amount(), "fee.amount");
		if (notNegative(problems, fee.reducedAmount(), "fee.reducedAmount")) {
			if (priced && fee.reducedAmount() > fee.amount()) {
				problems.add("procedure.reduced-fee-higher", "fee.reducedAmount");
			}
			if (problems.required(fee.fullRatePages(), "fee.fullRatePages") && fee.fullRatePages() < 1) {
				problems.add("procedure.full-rate-pages-invalid", "fee.fullRatePages");
			}
		}
		if (notNegative(problems, fee.cap(), "fee.cap") && priced && fee.cap() < fee.amount()) {
			problems.add("procedure.cap-below-amount", "fee.cap");
		}
	}

	private static boolean positive(Problems problems, long amount, String field) {
		if (amount <= 0) {
			problems.add("procedure.amount-positive", field, Problems.label(field));
			return false;
		}
		return true;
	}

	/** Whether an optional amount is given and usable; a negative one is reported. */
	private static boolean notNegative(Problems problems, Long amount, String field) {
		if (amount == null) {
			return false;
		}
		if (amount < 0) {
			problems.add("procedure.amount-negative", field, Problems.label(field));
			return false;
		}
		return true;
	}
}
