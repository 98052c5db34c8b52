package vn.gov.cantho.egov.identity.domain;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A role held by an account (a row of identity_account_role, owned by the account aggregate). */
@Table("identity_account_role")
record AccountRole(@Column("role_code") String role) {
}
