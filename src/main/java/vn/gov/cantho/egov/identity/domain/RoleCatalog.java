package vn.gov.cantho.egov.identity.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.identity.Scope;

/**
 * Roles and their permissions, as the identity tables hold them. Only Flyway migrations change that mapping, and they
 * run before a node serves anything, so it is read once per node instead of on every login and API call.
 */
@Component
public class RoleCatalog {

	private final JdbcClient jdbc;
	private volatile List<RoleDefinition> loaded;

	RoleCatalog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every role in display order. */
	public List<RoleDefinition> roles() {
		List<RoleDefinition> roles = loaded;
		if (roles == null) {
			roles = load();
			loaded = roles;
		}
		return roles;
	}

	private List<RoleDefinition> load() {
		Map<String, Set<String>> permissions = new HashMap<>();
		jdbc.sql("SELECT role_code, permission_code FROM identity_role_permission")
			.query(rs -> {
				permissions.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
			});
		return List.copyOf(jdbc.sql("SELECT code, scope, for_officials FROM identity_role ORDER BY sort_order, code")
			.query((rs, n) -> new RoleDefinition(rs.getString(1), Scope.valueOf(rs.getString(2)), rs.getBoolean(3),
					permissions.getOrDefault(rs.getString(1), Set.of())))
			.list());
	}

	public Optional<RoleDefinition> role(String code) {
		return roles().stream().filter(r -> r.code().equals(code)).findFirst();
	}

	/** Roles an official may hold (all but CITIZEN). */
	public List<String> officialRoles() {
		return roles().stream().filter(RoleDefinition::forOfficials).map(RoleDefinition::code).toList();
	}

	/** The permissions and widest scope of a set of roles. */
	public Grant grantFor(Set<String> roleCodes) {
		Set<String> permissions = new HashSet<>();
		Scope scope = Scope.NONE;
		for (RoleDefinition role : roles()) {
			if (roleCodes.contains(role.code())) {
				permissions.addAll(role.permissions());
				scope = scope.widest(role.scope());
			}
		}
		return new Grant(permissions, scope);
	}

	/** What a set of roles allows. */
	public record Grant(Set<String> permissions, Scope scope) {

		public Grant {
			permissions = Set.copyOf(permissions);
		}
	}
}
