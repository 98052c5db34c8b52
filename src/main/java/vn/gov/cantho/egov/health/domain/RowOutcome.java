package vn.gov.cantho.egov.health.domain;

/** What became of one pending check-in: stored (with its venue's name), already stored, or refused and why. */
record RowOutcome(Kind kind, String venueName, RuntimeException failure) {

	static final RowOutcome DUPLICATE = new RowOutcome(Kind.DUPLICATE, null, null);
	static final RowOutcome UNKNOWN_VENUE = new RowOutcome(Kind.UNKNOWN_VENUE, null, null);
	static final RowOutcome UNKNOWN_PERSON = new RowOutcome(Kind.UNKNOWN_PERSON, null, null);

	static RowOutcome inserted(String venueName) {
		return new RowOutcome(Kind.INSERTED, venueName, null);
	}

	static RowOutcome failed(RuntimeException failure) {
		return new RowOutcome(Kind.FAILED, null, failure);
	}

	enum Kind {
		INSERTED, DUPLICATE, UNKNOWN_VENUE, UNKNOWN_PERSON, FAILED
	}
}
