package vn.gov.cantho.egov.procedure;

/** Online service level under Decree 42/2022: full online (toàn trình), partial (một phần), or none. */
public enum OnlineMode {
	FULL, PARTIAL, NONE;

	/** Whether a citizen may start a dossier of this procedure online. */
	public boolean acceptsOnline() {
		return this != NONE;
	}
}
