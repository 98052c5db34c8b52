package vn.gov.cantho.egov.identity;

import java.util.List;
import java.util.Optional;

/** Looks up accounts by username (case-insensitive) for other modules, e.g. to notify a citizen or an official. */
public interface AccountDirectory {

	Optional<AccountView> account(String username);

	/** Officials bound to the agency, by full name. */
	List<AccountView> officials(String agencyCode);
}
