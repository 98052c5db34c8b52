package vn.gov.cantho.egov.identity.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.identity.AccountDirectory;
import vn.gov.cantho.egov.identity.AccountKind;
import vn.gov.cantho.egov.identity.AccountView;
import vn.gov.cantho.egov.identity.CitizenIdNumber;
import vn.gov.cantho.egov.identity.CitizenIdNumbers;
import vn.gov.cantho.egov.shared.TextFolding;

/**
 * Read side: account lists for administrators and leaders, and the {@link AccountDirectory} and {@link CitizenIdNumbers}
 * for other modules.
 */
@Component
public class AccountQueries implements AccountDirectory, CitizenIdNumbers {

	private static final String COLUMNS = """
			SELECT a.id, a.username, a.full_name, a.kind, a.agency_code, a.phone, a.email, a.locked, a.locked_until,
			       a.last_login_at
			FROM identity_account a""";

	private final JdbcClient jdbc;
	private final Clock clock;

	AccountQueries(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Optional<AccountView> account(String username) {
		List<Row> rows = jdbc.sql(COLUMNS + " WHERE a.username = :u")
			.param("u", ContactDetails.usernameKey(username))
			.query(this::row)
			.list();
		return withRoles(rows).stream().findFirst();
	}

	@Override
	public Optional<CitizenIdNumber> idNumber(String username) {
		return jdbc.sql("SELECT id_number FROM identity_account WHERE username = :u AND id_number IS NOT NULL")
			.param("u", ContactDetails.usernameKey(username))
			.query(String.class)
			.optional()
			.map(CitizenIdNumber::ofStored);
	}

	@Override
	public List<AccountView> officials(String agencyCode) {
		List<Row> rows = jdbc.sql(COLUMNS + " WHERE a.kind = 'OFFICIAL' AND a.agency_code = :agency"
				+ " ORDER BY a.full_name_folded, a.username")
			.param("agency", agencyCode)
			.query(this::row)
			.list();
		return withRoles(rows);
	}

	/** One page of accounts whose username or folded name contains {@code query} (accent-insensitive). */
	public AccountPage search(String query, int page, int size) {
		String like = "%" + TextFolding.fold(query).replace("\\", "").replace("%", "").replace("_", "\\_") + "%";
		String where = " WHERE (a.username LIKE :q ESCAPE '\\' OR a.full_name_folded LIKE :q ESCAPE '\\')";
		long total = jdbc.sql("SELECT COUNT(*) FROM identity_account a" + where)
			.param("q", like)
			.query(Long.class)
			.single();
		List<Row> rows = jdbc.sql(COLUMNS + where + " ORDER BY a.username LIMIT :size OFFSET :offset")
			.param("q", like)
			.param("size", size)
			.param("offset", (long) page * size)
			.query(this::row)
			.list();
		return new AccountPage(withRoles(rows), page, size, total);
	}

	private List<AccountView> withRoles(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, Set<String>> roles = new HashMap<>();
		jdbc.sql("SELECT account_id, role_code FROM identity_account_role WHERE account_id IN (:ids)")
			.param("ids", rows.stream().map(Row::id).toList())
			.query(rs -> {
				roles.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getString(2));
			});
		return rows.stream().map(r -> r.view(roles.getOrDefault(r.id(), Set.of()))).toList();
	}

	private Row row(ResultSet rs, int n) throws SQLException {
		OffsetDateTime until = rs.getObject("locked_until", OffsetDateTime.class);
		OffsetDateTime last = rs.getObject("last_login_at", OffsetDateTime.class);
		boolean locked = rs.getBoolean("locked") || (until != null && until.toInstant().isAfter(clock.instant()));
		return new Row(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"),
				AccountKind.valueOf(rs.getString("kind")), rs.getString("agency_code"), rs.getString("phone"),
				rs.getString("email"), locked, last == null ? null : last.toInstant());
	}

	private record Row(long id, String username, String fullName, AccountKind kind, String agencyCode, String phone,
			String email, boolean locked, Instant lastLoginAt) {

		AccountView view(Set<String> roles) {
			return new AccountView(username, fullName, kind, agencyCode, phone, email, roles, locked, lastLoginAt);
		}
	}

	/** A page of search results; {@code page} counts from 0. */
	public record AccountPage(List<AccountView> accounts, int page, int size, long total) {

		public boolean hasPrevious() {
			return page > 0;
		}

		public boolean hasNext() {
			return (long) (page + 1) * size < total;
		}
	}
}
