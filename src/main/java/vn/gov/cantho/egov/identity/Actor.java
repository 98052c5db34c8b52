package vn.gov.cantho.egov.identity;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is acting: taken from the account when it logs in (form, HTTP Basic or bearer token) and kept with the
 * session. {@code agencyCode} is {@code null} for citizens.
 */
public record Actor(String username, String fullName, AccountKind kind, String agencyCode, Set<String> roles,
		Set<String> permissions, Scope scope) implements Serializable {

	public Actor {
		roles = Set.copyOf(roles);
		permissions = Set.copyOf(permissions);
	}

	public boolean has(String permission) {
		return permissions.contains(permission);
	}

	public boolean isOfficial() {
		return kind == AccountKind.OFFICIAL;
	}
}
