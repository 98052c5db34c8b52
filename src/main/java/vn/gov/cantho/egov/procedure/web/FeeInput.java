package vn.gov.cantho.egov.procedure.web;

import vn.gov.cantho.egov.procedure.FeeSchedule;

/** The fee part of the procedure form as typed; amounts in VND, dots and spaces allowed as separators. */
public class FeeInput {

	private String kind;
	private String amount;
	private String onlineAmount;
	private String fullRatePages;
	private String reducedAmount;
	private String cap;

	static FeeInput of(FeeSchedule fee) {
		FeeInput input = new FeeInput();
		input.kind = fee.kind().name();
		input.amount = fee.kind() == FeeSchedule.Kind.FREE ? null : String.valueOf(fee.amount());
		input.onlineAmount = text(fee.onlineAmount());
		input.fullRatePages = text(fee.fullRatePages());
		input.reducedAmount = text(fee.reducedAmount());
		input.cap = text(fee.cap());
		return input;
	}

	FeeSchedule schedule(FormNumbers numbers) {
		Long first = numbers.amount(amount, "fee.amount");
		return new FeeSchedule(FormNumbers.constant(FeeSchedule.Kind.class, kind), first == null ? 0 : first,
				numbers.amount(onlineAmount, "fee.onlineAmount"), numbers.count(fullRatePages, "fee.fullRatePages"),
				numbers.amount(reducedAmount, "fee.reducedAmount"), numbers.amount(cap, "fee.cap"));
	}

	private static String text(Number value) {
		return value == null ? null : value.toString();
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getAmount() {
		return amount;
	}

	public void setAmount(String amount) {
		this.amount = amount;
	}

	public String getOnlineAmount() {
		return onlineAmount;
	}

	public void setOnlineAmount(String onlineAmount) {
		this.onlineAmount = onlineAmount;
	}

	public String getFullRatePages() {
		return fullRatePages;
	}

	public void setFullRatePages(String fullRatePages) {
		this.fullRatePages = fullRatePages;
	}

	public String getReducedAmount() {
		return reducedAmount;
	}

	public void setReducedAmount(String reducedAmount) {
		this.reducedAmount = reducedAmount;
	}

	public String getCap() {
		return cap;
	}

	public void setCap(String cap) {
		this.cap = cap;
	}
}
