package vn.gov.cantho.egov.identity.domain;

/** Whether the strength rules apply to a new password. */
public enum PasswordCheck {
	/** Everyone, always. */
	ENFORCED,
	/**
	 * Only for the published demo accounts (password demo1234), created by the demo loader on demo installations;
	 * the loader is the sole caller, and every other rule still applies to those accounts.
	 */
	DEMO_EXEMPT
}
