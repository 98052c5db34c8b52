package vn.gov.cantho.egov.dossier.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
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
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import vn.gov.cantho.egov.dossier.Applicant;
import vn.gov.cantho.egov.dossier.AttachmentView;
import vn.gov.cantho.egov.dossier.DossierAction;
import vn.gov.cantho.egov.dossier.DossierPage;
import vn.gov.cantho.egov.dossier.DossierState;
import vn.gov.cantho.egov.dossier.DossierSummary;
import vn.gov.cantho.egov.dossier.DossierView;
import vn.gov.cantho.egov.dossier.HistoryEntry;
import vn.gov.cantho.egov.dossier.PublicStatus;
import vn.gov.cantho.egov.dossier.QueueQuery;
import vn.gov.cantho.egov.dossier.SubmissionChannel;
import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.identity.Permissions;
import vn.gov.cantho.egov.shared.BusinessException;
import vn.gov.cantho.egov.shared.Contacts;

/** Read side: a dossier as its reader sees it, a citizen's list, officials' work queues and the public lookup. */
@Component
class DossierQueries {

	static final int MAX_PAGE_SIZE = 100;
	private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() {
	};
	private static final String SUMMARY = """
			SELECT code, procedure_code, procedure_name_vi, procedure_name_en, agency_code, state, channel,
			       applicant_name, submitted_at, due_at, assignee
			FROM dossier""";
	/** Open states: the default of a work queue. */
	private static final List<String> OPEN = java.util.Arrays.stream(DossierState.values())
		.filter(s -> !s.isFinal())
		.map(Enum::name)
		.toList();
	private static final List<String> CLOCK_RUNS = java.util.Arrays.stream(DossierState.values())
		.filter(DossierState::clockRuns)
		.map(Enum::name)
		.toList();

	private final JdbcClient jdbc;
	private final DossierAccess access;
	private final Workflow workflow;
	private final History history;
	private final FileStore files;
	private final JsonMapper json;
	private final Clock clock;

	DossierQueries(JdbcClient jdbc, DossierAccess access, Workflow workflow, History history, FileStore files,
			JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.workflow = workflow;
		this.history = history;
		this.files = files;
		this.json = json;
		this.clock = clock;
	}

	DossierView view(Dossier d, Actor actor) {
		return view(d, actor, history.of(d.id()), files.attachments(d.id()));
	}

	/** With the history and files already at hand (a dossier just made). */
	DossierView view(Dossier d, Actor actor, List<HistoryEntry> steps, List<AttachmentView> attachments) {
		Applicant applicant = new Applicant(d.applicantName(), d.applicantCitizenId(), d.applicantPhone(),
				d.applicantEmail(), d.applicantAddress());
		return new DossierView(d.code(), d.procedureCode(), d.procedureNameVi(), d.procedureNameEn(), d.agencyCode(),
				d.state(), d.channel(), d.owner(), applicant, formValues(d), attachments, d.delivery(),
				d.postalAddress(), d.trackingNumber(), d.submittedAt(), d.receivedAt(), Times.local(d.dueAt()),
				Times.local(d.originalDueAt()), d.apologised(), d.overdueAt(clock.instant()), d.assignee(),
				d.proposedOutcome(), d.fee(), d.supplementRequests(), d.rating(), d.ratingComment(),
				steps, workflow.available(d, actor));
	}

	private Map<String, String> formValues(Dossier d) {
		return new TreeMap<>(json.readValue(d.formValuesJson(), VALUES));
	}

	DossierPage mine(int page, int size) {
		Actor actor = access.actorWith(Permissions.DOSSIER_SUBMIT);
		return page(" WHERE owner = :owner", Map.of("owner", actor.username()),
				" ORDER BY submitted_at DESC, id DESC", page, size);
	}

	DossierPage queue(QueueQuery query) {
		Actor actor = access.actorWith(Permissions.DOSSIER_VIEW_AGENCY);
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		Map<String, Object> params = new HashMap<>();
		Optional<Set<String>> agencies = access.agenciesInScope(actor, query.agencyCode());
		if (agencies.isPresent()) {
			if (agencies.get().isEmpty()) {
				return new DossierPage(List.of(), 0, Math.max(0, query.page()), pageSize(query.size()));
			}
			where.append(" AND agency_code IN (:agencies)");
			params.put("agencies", agencies.get());
		}
		where.append(" AND state IN (:states)");
		params.put("states", query.states().isEmpty() ? OPEN : query.states().stream().map(Enum::name).toList());
		if (query.assignedToMe()) {
			where.append(" AND assignee = :me");
			params.put("me", actor.username());
		}
		if (query.overdueOnly()) {
			where.append(" AND due_at < :now AND state IN (:running)");
			params.put("now", Times.utc(clock.instant()));
			params.put("running", CLOCK_RUNS);
		}
		// Not yet received (no appointment) first, by submission; then by appointment, the most urgent first.
		String order = " ORDER BY CASE WHEN due_at IS NULL THEN 0 ELSE 1 END, due_at, submitted_at, id";
		return page(where.toString(), params, order, query.page(), query.size());
	}

	private DossierPage page(String where, Map<String, Object> params, String order, int page, int size) {
		int n = pageSize(size);
		int p = Math.max(0, page);
		long total = jdbc.sql("SELECT COUNT(*) FROM dossier" + where).params(params).query(Long.class).single();
		Map<String, Object> all = new HashMap<>(params);
		all.put("limit", n);
		all.put("offset", (long) p * n);
		List<DossierSummary> items = total == 0 ? List.of()
				: jdbc.sql(SUMMARY + where + order + " LIMIT :limit OFFSET :offset")
					.params(all)
					.query(this::summary)
					.list();
		return new DossierPage(items, total, p, n);
	}

	private static int pageSize(int size) {
		return size <= 0 ? 20 : Math.min(size, MAX_PAGE_SIZE);
	}

	private DossierSummary summary(ResultSet rs, int n) throws SQLException {
		DossierState state = DossierState.valueOf(rs.getString("state"));
		Instant due = instant(rs, "due_at");
		boolean overdue = state.clockRuns() && due != null && clock.instant().isAfter(due);
		return new DossierSummary(rs.getString("code"), rs.getString("procedure_code"),
				rs.getString("procedure_name_vi"), rs.getString("procedure_name_en"), rs.getString("agency_code"),
				state, SubmissionChannel.valueOf(rs.getString("channel")), rs.getString("applicant_name"),
				instant(rs, "submitted_at"), Times.local(due), overdue, rs.getString("assignee"));
	}

	/**
	 * One round trip: the dossier by its unique code joined to its steps by their index. The phone is compared in
	 * constant time on its normalised form; a wrong phone and an unknown code give the same 404.
	 */
	PublicStatus publicStatus(String code, String phone) {
		String normalised = Contacts.mobile(phone).orElse(null);
		List<PublicRow> rows = normalised == null || code == null ? List.of() : jdbc.sql("""
				SELECT d.procedure_name_vi, d.procedure_name_en, d.state, d.submitted_at, d.due_at, d.applicant_phone,
				       s.occurred_at, s.action, s.to_state
				FROM dossier d LEFT JOIN dossier_step s ON s.dossier_id = d.id
				WHERE d.code = :code ORDER BY s.occurred_at, s.id""")
			.param("code", code.trim())
			.query(DossierQueries::publicRow)
			.list();
		if (rows.isEmpty() || !samePhone(normalised, rows.get(0).phone())) {
			throw BusinessException.notFound(DossierAccess.NOT_FOUND, "code");
		}
		PublicRow first = rows.get(0);
		List<PublicStatus.Step> steps = rows.stream().filter(r -> r.step() != null).map(PublicRow::step).toList();
		return new PublicStatus(code.trim(), first.nameVi(), first.nameEn(), first.state(), first.submittedAt(),
				Times.local(first.dueAt()), steps);
	}

	private record PublicRow(String nameVi, String nameEn, DossierState state, Instant submittedAt, Instant dueAt,
			String phone, PublicStatus.Step step) {
	}

	private static PublicRow publicRow(ResultSet rs, int n) throws SQLException {
		Instant at = instant(rs, "occurred_at");
		String action = rs.getString("action");
		PublicStatus.Step step = at == null ? null : new PublicStatus.Step(at,
				action == null ? null : DossierAction.valueOf(action),
				DossierState.valueOf(rs.getString("to_state")));
		return new PublicRow(rs.getString("procedure_name_vi"), rs.getString("procedure_name_en"),
				DossierState.valueOf(rs.getString("state")), instant(rs, "submitted_at"), instant(rs, "due_at"),
				rs.getString("applicant_phone"), step);
	}

	private static boolean samePhone(String given, String stored) {
		return MessageDigest.isEqual(given.getBytes(StandardCharsets.US_ASCII),
				stored.getBytes(StandardCharsets.US_ASCII));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
