package vn.gov.cantho.egov.feedback.domain;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.feedback.FeedbackPage;
import vn.gov.cantho.egov.feedback.FeedbackQuery;
import vn.gov.cantho.egov.feedback.FeedbackSummary;
import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.identity.Permissions;
import vn.gov.cantho.egov.shared.BusinessException;
import vn.gov.cantho.egov.shared.Contacts;
import vn.gov.cantho.egov.shared.TextFolding;

/** Staff work queues, a caller's earlier items (hotline console) and a citizen's own items. */
@Component
class ItemQueries {

	static final int MAX_PAGE_SIZE = 100;
	static final int HISTORY_LIMIT = 50;
	static final List<String> OPEN = List.of("NEW", "RETURNED", "ASSIGNED", "IN_PROGRESS");

	private final JdbcClient jdbc;
	private final FeedbackAccess access;
	private final ItemViews views;
	private final Clock clock;

	ItemQueries(JdbcClient jdbc, FeedbackAccess access, ItemViews views, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.views = views;
		this.clock = clock;
	}

	/** Open items by default; officials see routed items of their agencies only; most urgent deadline first. */
	FeedbackPage queue(FeedbackQuery q) {
		Actor actor = access.actorWith(Permissions.FEEDBACK_COORDINATE, Permissions.FEEDBACK_HANDLE);
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		Map<String, Object> params = new HashMap<>();
		Optional<Set<String>> agencies = access.agenciesInScope(actor);
		int size = size(q.size());
		int page = Math.max(0, q.page());
		if (agencies.isPresent()) {
			if (agencies.get().isEmpty()) {
				return new FeedbackPage(List.of(), page, size, 0);
			}
			where.append(" AND agency_code IN (:agencies) AND state <> 'NEW'");
			params.put("agencies", agencies.get());
		}
		where.append(" AND state IN (:states)");
		params.put("states", q.state() == null ? OPEN : List.of(q.state().name()));
		filter(where, params, "field_code", "field", q.fieldCode());
		filter(where, params, "agency_code", "agency", q.agencyCode());
		if (q.channel() != null) {
			filter(where, params, "channel", "channel", q.channel().name());
		}
		if (q.mineOnly()) {
			filter(where, params, "handler", "me", actor.username());
		}
		if (q.overdueOnly()) {
			where.append(" AND due_at < :now AND state IN (:open)");
			params.put("now", Times.utc(clock.instant()));
			params.put("open", OPEN);
		}
		String text = TextFolding.fold(q.text());
		int word = 0;
		for (String w : text.split(" ")) {
			if (!w.isBlank() && word < 8) {
				where.append(" AND search_folded LIKE :w").append(word);
				params.put("w" + word++, "%" + w.replace("%", "").replace("_", "") + "%");
			}
		}
		long total = jdbc.sql("SELECT COUNT(*) FROM feedback_item" + where).params(params).query(Long.class).single();
		params.put("limit", size);
		params.put("offset", (long) page * size);
		List<FeedbackSummary> items = total == 0 ? List.of()
				: jdbc.sql(ItemViews.SUMMARY + where + " ORDER BY due_at, id LIMIT :limit OFFSET :offset")
					.params(params)
					.query(views::summary)
					.list();
		return new FeedbackPage(items, page, size, total);
	}

	/** A caller's items by phone, newest first (FEEDBACK_INTAKE). */
	List<FeedbackSummary> callerHistory(String phone) {
		access.actorWith(Permissions.FEEDBACK_INTAKE);
		String normalised = Contacts.mobile(phone)
			.orElseThrow(() -> BusinessException.invalid("feedback.invalid-phone", "phone"));
		return jdbc.sql(ItemViews.SUMMARY
				+ " WHERE reporter_phone = :phone ORDER BY created_at DESC, id DESC LIMIT " + HISTORY_LIMIT)
			.param("phone", normalised)
			.query(views::summary)
			.list();
	}

	/** The logged-in reporter's own items, newest first. */
	List<FeedbackSummary> mine() {
		Actor actor = access.actor();
		return jdbc.sql(ItemViews.SUMMARY
				+ " WHERE reporter_account = :me ORDER BY created_at DESC, id DESC LIMIT " + MAX_PAGE_SIZE)
			.param("me", actor.username())
			.query(views::summary)
			.list();
	}

	private static void filter(StringBuilder where, Map<String, Object> params, String column, String name,
			String value) {
		if (value != null && !value.isBlank()) {
			where.append(" AND ").append(column).append(" = :").append(name);
			params.put(name, value.trim());
		}
	}

	static int size(int size) {
		return size <= 0 ? 20 : Math.min(size, MAX_PAGE_SIZE);
	}
}
