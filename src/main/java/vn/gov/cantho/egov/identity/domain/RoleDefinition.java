package vn.gov.cantho.egov.identity.domain;

import java.util.Set;

import vn.gov.cantho.egov.identity.Scope;

/** A role as stored: its scope, whether it needs an agency, and the permissions it grants. */
public record RoleDefinition(String code, Scope scope, boolean forOfficials, Set<String> permissions) {

	public RoleDefinition {
		permissions = Set.copyOf(permissions);
	}
}
