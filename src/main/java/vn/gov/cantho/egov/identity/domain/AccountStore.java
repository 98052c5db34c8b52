package vn.gov.cantho.egov.identity.domain;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads and saves accounts with their roles. The account row goes through Spring Data JDBC (optimistic locking); the
 * role rows are kept in step here, because a mapped collection would need a back-reference column named after the
 * owning table instead of the plain {@code account_id}.
 */
@Component
class AccountStore {

	private final AccountRepository rows;
	private final JdbcClient jdbc;

	AccountStore(AccountRepository rows, JdbcClient jdbc) {
		this.rows = rows;
		this.jdbc = jdbc;
	}

	Optional<IdentityAccount> findByUsername(String usernameKey) {
		return rows.findByUsername(usernameKey).map(account -> {
			account.loadRoles(roles(account.id()));
			return account;
		});
	}

	boolean existsByUsername(String usernameKey) {
		return rows.existsByUsername(usernameKey);
	}

	boolean existsByIdNumber(String idNumber) {
		return rows.existsByIdNumber(idNumber);
	}

	@Transactional
	IdentityAccount save(IdentityAccount account) {
		IdentityAccount saved = rows.save(account);
		Set<String> stored = roles(saved.id());
		Set<String> wanted = account.roles();
		for (String role : stored) {
			if (!wanted.contains(role)) {
				jdbc.sql("DELETE FROM identity_account_role WHERE account_id = :id AND role_code = :role")
					.param("id", saved.id())
					.param("role", role)
					.update();
			}
		}
		for (String role : wanted) {
			if (!stored.contains(role)) {
				jdbc.sql("INSERT INTO identity_account_role (account_id, role_code) VALUES (:id, :role)")
					.param("id", saved.id())
					.param("role", role)
					.update();
			}
		}
		saved.loadRoles(wanted);
		return saved;
	}

	private Set<String> roles(Long accountId) {
		return new HashSet<>(jdbc.sql("SELECT role_code FROM identity_account_role WHERE account_id = :id")
			.param("id", accountId)
			.query(String.class)
			.list());
	}
}
