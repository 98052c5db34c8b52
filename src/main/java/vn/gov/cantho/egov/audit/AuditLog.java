package vn.gov.cantho.egov.audit;

/**
 * Records an audited action in the caller's transaction, so the entry and the change commit or roll back together.
 * The actor and the client address are taken from the current request and security context.
 */
public interface AuditLog {

	/**
	 * @param action what happened, as {@code module.thing.verb}, e.g. {@code identity.account.locked}
	 * @param reference the public reference acted on (username, unit code, dossier code), never a personal value
	 */
	void record(String action, String reference);
}
