package vn.gov.cantho.egov.audit.domain;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cantho.egov.audit.AuditEntry;
import vn.gov.cantho.egov.audit.AuditPage;
import vn.gov.cantho.egov.audit.AuditQuery;
import vn.gov.cantho.egov.audit.AuditTrail;
import vn.gov.cantho.egov.shared.BusinessException;

/** Searches audit_entry with only the conditions asked for, so each search can use the matching index. */
@Service
class JdbcAuditTrail implements AuditTrail {

	private final JdbcClient jdbc;
	private final ZoneId zone;

	JdbcAuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.zone = clock.getZone();
	}

	@Override
	@Transactional(readOnly = true)
	public AuditPage search(AuditQuery query, int page) {
		if (query.from() != null && query.to() != null && query.from().isAfter(query.to())) {
			throw BusinessException.invalid("audit.invalid-range", "to");
		}
		int from = Math.max(0, page);
		StringBuilder sql = new StringBuilder(
				"SELECT occurred_at, actor, client_ip, action, reference FROM audit_entry WHERE 1 = 1");
		Map<String, Object> params = new LinkedHashMap<>();
		if (present(query.actor())) {
			sql.append(" AND actor = :actor");
			params.put("actor", query.actor().trim());
		}
		if (present(query.actionPrefix())) {
			sql.append(" AND action LIKE :action ESCAPE '\\'");
			params.put("action", likePrefix(query.actionPrefix().trim()));
		}
		if (present(query.reference())) {
			sql.append(" AND reference = :reference");
			params.put("reference", query.reference().trim());
		}
		if (query.from() != null) {
			sql.append(" AND occurred_at >= :from");
			params.put("from", query.from().atStartOfDay(zone).toOffsetDateTime());
		}
		if (query.to() != null) {
			sql.append(" AND occurred_at < :to");
			params.put("to", query.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
		}
		sql.append(" ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset");
		params.put("limit", PAGE_SIZE + 1);
		params.put("offset", (long) from * PAGE_SIZE);
		List<AuditEntry> rows = jdbc.sql(sql.toString())
			.params(params)
			.query((rs, n) -> new AuditEntry(
					rs.getObject("occurred_at", OffsetDateTime.class).atZoneSameInstant(zone).toOffsetDateTime(),
					rs.getString("actor"), rs.getString("client_ip"), rs.getString("action"),
					rs.getString("reference")))
			.list();
		boolean hasNext = rows.size() > PAGE_SIZE;
		return new AuditPage(hasNext ? rows.subList(0, PAGE_SIZE) : rows, from, PAGE_SIZE, hasNext);
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	/** A typed "_" or "%" means itself, not a wildcard. */
	static String likePrefix(String prefix) {
		return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}
}
