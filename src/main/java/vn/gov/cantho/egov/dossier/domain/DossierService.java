package vn.gov.cantho.egov.dossier.domain;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cantho.egov.audit.AuditLog;
import vn.gov.cantho.egov.dossier.ActionRequest;
import vn.gov.cantho.egov.dossier.DossierAction;
import vn.gov.cantho.egov.dossier.DossierApplication;
import vn.gov.cantho.egov.dossier.DossierManagement;
import vn.gov.cantho.egov.dossier.DossierPage;
import vn.gov.cantho.egov.dossier.DossierView;
import vn.gov.cantho.egov.dossier.PublicStatus;
import vn.gov.cantho.egov.dossier.QueueQuery;
import vn.gov.cantho.egov.dossier.SubmissionChannel;
import vn.gov.cantho.egov.dossier.UploadedFile;
import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.identity.Permissions;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * The module's operations behind {@link DossierManagement}, each in one transaction except submissions, which take
 * their dossier code in a short transaction of its own first (see {@link Submissions}).
 */
@Service
class DossierService implements DossierManagement {

	private final DossierAccess access;
	private final Submissions submissions;
	private final Workflow workflow;
	private final DossierQueries queries;
	private final FileStore files;
	private final AuditLog audit;
	private final DossierProperties properties;
	private final Clock clock;

	DossierService(DossierAccess access, Submissions submissions, Workflow workflow, DossierQueries queries,
			FileStore files, AuditLog audit, DossierProperties properties, Clock clock) {
		this.access = access;
		this.submissions = submissions;
		this.workflow = workflow;
		this.queries = queries;
		this.files = files;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	@Transactional
	public UploadedFile upload(String filename, byte[] content) {
		Actor actor = access.actor();
		if (!actor.has(Permissions.DOSSIER_SUBMIT) && !actor.has(Permissions.DOSSIER_RECEIVE)) {
			throw BusinessException.forbidden("forbidden");
		}
		Instant now = clock.instant();
		UploadedFile file = files.store(actor.username(), filename, content, now, now.plus(properties.uploadExpiry()));
		audit.record("dossier.file.uploaded", file.id());
		return file;
	}

	@Override
	public DossierView submit(DossierApplication application, String idempotencyKey) {
		return view(submissions.submit(application, idempotencyKey));
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.List<BusinessException> problems(DossierApplication application, SubmissionChannel channel) {
		return submissions.problems(application, channel);
	}

	@Override
	public DossierView register(DossierApplication application, SubmissionChannel channel, String idempotencyKey) {
		return view(submissions.register(application, channel, idempotencyKey));
	}

	private DossierView view(Submissions.Submitted submitted) {
		return submitted.history() == null ? queries.view(submitted.dossier(), access.actor())
				: queries.view(submitted.dossier(), access.actor(), submitted.history(), submitted.attachments());
	}

	@Override
	@Transactional(readOnly = true)
	public DossierView dossier(String code) {
		Actor actor = access.actor();
		return queries.view(access.visible(code, actor), actor);
	}

	@Override
	@Transactional
	public DossierView act(String code, DossierAction action, ActionRequest request) {
		if (action == null) {
			throw BusinessException.notFound("dossier.unknown-action", "action");
		}
		Dossier dossier = workflow.act(code, action, request);
		return queries.view(dossier, access.actor());
	}

	/** Reading a dossier's file is audited: scans of ID cards and certificates are personal data. */
	@Override
	@Transactional
	public StoredFile attachment(String code, String attachmentId) {
		Dossier dossier = access.visible(code, access.actor());
		StoredFile file = files.content(dossier.id(), attachmentId)
			.orElseThrow(() -> BusinessException.notFound("dossier.file-not-found", "id"));
		audit.record("dossier.file.read", dossier.code());
		return file;
	}

	@Override
	@Transactional(readOnly = true)
	public DossierPage mine(int page, int size) {
		return queries.mine(page, size);
	}

	@Override
	@Transactional(readOnly = true)
	public DossierPage queue(QueueQuery query) {
		return queries.queue(query);
	}

	/** No transaction: one statement, and the public lookup must stay cheap under load. */
	@Override
	public PublicStatus publicStatus(String code, String phone) {
		return queries.publicStatus(code, phone);
	}

	@Override
	@Transactional
	public DossierView rate(String code, int stars, String comment) {
		Dossier dossier = workflow.rate(code, stars, comment);
		return queries.view(dossier, access.actor());
	}
}
