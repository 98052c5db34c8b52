package vn.gov.cantho.egov.health.domain;

/** Error codes of the intake part that several classes raise; each translates as {@code error.<code>}. */
final class IntakeErrors {

	/** The caller lacks the permission this operation needs. */
	static final String FORBIDDEN = "health.forbidden";
	/** A citizen without a declaration has no person record and no code yet. */
	static final String NO_DECLARATION = "health.no-declaration";
	static final String CHECK_IN_FUTURE = "health.check-in-future";
	static final String CHECK_IN_TOO_OLD = "health.check-in-too-old";
	static final String CHECK_OUT_BEFORE_CHECK_IN = "health.check-out-before-check-in";

	private IntakeErrors() {
	}
}
