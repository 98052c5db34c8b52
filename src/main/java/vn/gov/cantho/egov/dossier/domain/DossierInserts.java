package vn.gov.cantho.egov.dossier.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Writes new dossier rows with one fixed statement. Updates keep going through the repository (optimistic locking by
 * version); only the insert, on the submission path measured by the benchmark, is written out.
 */
@Component
class DossierInserts {

	private static final String INSERT = """
			INSERT INTO dossier (code, procedure_code, procedure_name_vi, procedure_name_en, agency_code, time_limit_kind,
			    time_limit_days, state, channel, owner, submitted_by, idempotency_key, applicant_name,
			    applicant_citizen_id, applicant_phone, applicant_email, applicant_address, form_values,
			    delivery, postal_address, tracking_number, language, fee, submitted_at, received_at, due_at,
			    original_due_at, finished_at, handling_days, apologised, assignee, proposed_outcome,
			    supplement_requests, supplement_requested_at, supplement_days, rating, rating_comment,
			    rated_at, version)
			VALUES (:code, :procedureCode, :procedureNameVi, :procedureNameEn, :agencyCode, :timeLimitKind,
			    :timeLimitDays, :state, :channel, :owner, :submittedBy, :idempotencyKey, :applicantName,
			    :applicantCitizenId, :applicantPhone, :applicantEmail, :applicantAddress, :formValues,
			    :delivery, :postalAddress, :trackingNumber, :language, :fee, :submittedAt, :receivedAt,
			    :dueAt, :originalDueAt, :finishedAt, :handlingDays, :apologised, :assignee, :proposedOutcome,
			    :supplementRequests, :supplementRequestedAt, :supplementDays, :rating, :ratingComment,
			    :ratedAt, 0)""";

	private final JdbcClient jdbc;

	DossierInserts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Dossier dossier) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql(INSERT).params(dossier.columns()).update(keys, "id");
		dossier.inserted(keys.getKeyAs(Number.class).longValue());
	}
}
