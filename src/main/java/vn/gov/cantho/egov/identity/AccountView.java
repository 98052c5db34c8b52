package vn.gov.cantho.egov.identity;

import java.time.Instant;
import java.util.Set;

/**
 * An account as other modules may see it: contact details for notifications, never the ID number or the password.
 * {@code agencyCode} is {@code null} for citizens.
 */
public record AccountView(String username, String fullName, AccountKind kind, String agencyCode, String phone,
		String email, Set<String> roles, boolean locked, Instant lastLoginAt) {

	public AccountView {
		roles = Set.copyOf(roles);
	}
}
