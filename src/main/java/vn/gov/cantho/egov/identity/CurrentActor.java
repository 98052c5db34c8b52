package vn.gov.cantho.egov.identity;

import java.util.Optional;

/**
 * The logged-in account and the agencies it may act on. Other modules use it to check that an official works only
 * on records of the agencies in his scope (a dossier received by UBND-CAIKHE, a 1022 item routed to SYT).
 */
public interface CurrentActor {

	String OTHER_AGENCY = "identity.other-agency";

	/** The caller, or empty for anonymous requests and for callers without a local account. */
	Optional<Actor> current();

	/** Whether the caller's scope includes {@code agencyCode} (never for anonymous callers or citizens). */
	boolean covers(String agencyCode);

	/**
	 * @throws vn.gov.cantho.egov.shared.BusinessException 403 {@value #OTHER_AGENCY} when {@link #covers} is false
	 */
	void checkCovers(String agencyCode);
}
