package vn.gov.cantho.egov.dossier.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.cantho.egov.audit.AuditLog;
import vn.gov.cantho.egov.dossier.AttachedDocument;
import vn.gov.cantho.egov.dossier.AttachmentView;
import vn.gov.cantho.egov.dossier.DossierAction;
import vn.gov.cantho.egov.dossier.DossierApplication;
import vn.gov.cantho.egov.dossier.DossierReceived;
import vn.gov.cantho.egov.dossier.DossierState;
import vn.gov.cantho.egov.dossier.DossierSubmitted;
import vn.gov.cantho.egov.dossier.HistoryEntry;
import vn.gov.cantho.egov.dossier.SubmissionChannel;
import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.identity.Permissions;
import vn.gov.cantho.egov.procedure.ProcedureCatalogue;
import vn.gov.cantho.egov.procedure.ProcedureView;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * New dossiers: online submissions by citizens and registrations at the counter or from the post by reception
 * officers. The application is checked first (every broken rule at once), then the code is drawn in its own short
 * transaction ({@link CodeSequence}), then the dossier, its files, first history step, audit entry and event are
 * written in one transaction: nothing half-made survives a failure. The idempotency key is unique per submitter in
 * the database, so of two identical requests racing each other one inserts and the other returns its dossier.
 */
@Component
class Submissions {

	static final int MAX_KEY = 100;

	private final DossierRepository dossiers;
	private final DossierInserts inserts;
	private final DossierAccess access;
	private final ProcedureCatalogue catalogue;
	private final ApplicationRules rules;
	private final FileStore files;
	private final CodeSequence codes;
	private final ActionEffects effects;
	private final History history;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transaction;
	private final Clock clock;

	Submissions(DossierRepository dossiers, DossierInserts inserts, DossierAccess access, ProcedureCatalogue catalogue,
			ApplicationRules rules, FileStore files, CodeSequence codes, ActionEffects effects, History history, AuditLog audit,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
		this.dossiers = dossiers;
		this.inserts = inserts;
		this.access = access;
		this.catalogue = catalogue;
		this.rules = rules;
		this.files = files;
		this.codes = codes;
		this.effects = effects;
		this.history = history;
		this.audit = audit;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * A dossier just made or found again. A new one comes with its first step and files as written, so the answer
	 * needs no further reads; one found again by its idempotency key comes without (null), to be read as usual.
	 */
	record Submitted(Dossier dossier, List<HistoryEntry> history, List<AttachmentView> attachments) {

		static Submitted earlier(Dossier dossier) {
			return new Submitted(dossier, null, null);
		}
	}

	Submitted submit(DossierApplication application, String idempotencyKey) {
		Actor actor = access.actorWith(Permissions.DOSSIER_SUBMIT);
		String key = key(idempotencyKey);
		Optional<Dossier> earlier = earlier(actor, key);
		if (earlier.isPresent()) {
			return Submitted.earlier(earlier.get());
		}
		ProcedureView procedure = procedure(application, true);
		Map<String, FileStore.Pending> uploads = pending(application);
		NewDossier checked = checkOrFindRetried(actor, key, () -> rules.check(procedure, application,
				SubmissionChannel.ONLINE, new ApplicationRules.Submitter(actor.username(), actor.username(), key),
				uploads));
		return checked == null ? Submitted.earlier(earlier(actor, key).orElseThrow())
				: create(checked, actor, uploads);
	}

	Submitted register(DossierApplication application, SubmissionChannel channel, String idempotencyKey) {
		Actor actor = access.actorWith(Permissions.DOSSIER_RECEIVE);
		if (channel == null || channel == SubmissionChannel.ONLINE) {
			throw BusinessException.invalid("dossier.invalid-channel", "channel");
		}
		String key = key(idempotencyKey);
		Optional<Dossier> earlier = earlier(actor, key);
		if (earlier.isPresent()) {
			return Submitted.earlier(earlier.get());
		}
		ProcedureView procedure = procedure(application, false);
		access.checkCovers(procedure.agencyCode());
		Map<String, FileStore.Pending> uploads = pending(application);
		NewDossier checked = checkOrFindRetried(actor, key, () -> rules.check(procedure, application, channel,
				new ApplicationRules.Submitter(actor.username(), null, key), uploads));
		return checked == null ? Submitted.earlier(earlier(actor, key).orElseThrow())
				: create(checked, actor, uploads);
	}

	/** The rules {@link #submit} or {@link #register} apply, reported instead of thrown, nothing written. */
	List<BusinessException> problems(DossierApplication application, SubmissionChannel channel) {
		boolean online = channel == SubmissionChannel.ONLINE;
		Actor actor = access.actorWith(online ? Permissions.DOSSIER_SUBMIT : Permissions.DOSSIER_RECEIVE);
		try {
			ProcedureView procedure = procedure(application, online);
			if (!online) {
				access.checkCovers(procedure.agencyCode());
			}
			rules.check(procedure, application, channel,
					new ApplicationRules.Submitter(actor.username(), online ? actor.username() : null, "check"),
					pending(application));
			return List.of();
		}
		catch (BusinessException e) {
			return e.errors();
		}
	}

	private Submitted create(NewDossier checked, Actor actor, Map<String, FileStore.Pending> uploads) {
		// As precise as the databases keep it, so that the answer shows the times a later read will.
		Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		String code = codes.next(checked.procedure().agencyCode(), Times.local(now).toLocalDate());
		Dossier dossier;
		try {
			dossier = transaction.execute(status -> insert(code, checked, actor, now));
		}
		catch (RuntimeException e) {
			if (!causedByDuplicateKey(e) && !(e instanceof BusinessException)) {
				throw e;
			}
			// The same request won a moment ago (network retry, double click): answer with its dossier.
			return Submitted.earlier(earlier(actor, checked.idempotencyKey()).orElseThrow(() -> e));
		}
		DossierAction action = dossier.channel() == SubmissionChannel.ONLINE ? null : DossierAction.RECEIVE;
		HistoryEntry first = new HistoryEntry(now, action, null, dossier.state(), actor.username(), actor.fullName(),
				null);
		List<AttachmentView> files = checked.documents()
			.stream()
			.map(d -> uploads.get(d.uploadId()).attachedAs(d.documentCode()))
			.sorted(java.util.Comparator.comparing(AttachmentView::uploadedAt).thenComparing(AttachmentView::id))
			.toList();
		return new Submitted(dossier, List.of(first), files);
	}

	/**
	 * The checks, unless they fail because an identical request won meanwhile (its files are attached now): then null,
	 * and the caller answers with that request's dossier.
	 */
	private NewDossier checkOrFindRetried(Actor actor, String key, java.util.function.Supplier<NewDossier> check) {
		try {
			return check.get();
		}
		catch (BusinessException e) {
			if (earlier(actor, key).isPresent()) {
				return null;
			}
			throw e;
		}
	}

	private Optional<Dossier> earlier(Actor actor, String key) {
		return dossiers.findBySubmittedByAndIdempotencyKey(actor.username(), key);
	}

	private Dossier insert(String code, NewDossier checked, Actor actor, Instant now) {
		Dossier dossier = Dossier.submitted(code, checked, now);
		boolean online = checked.channel() == SubmissionChannel.ONLINE;
		if (!online) {
			dossier.receive(now, effects.appointment(dossier, now));
			dossier.follow(TransitionTable.find(DossierState.SUBMITTED, DossierAction.RECEIVE).orElseThrow());
		}
		inserts.insert(dossier);
		files.attach(dossier.id(), checked.documents(), actor.username(), now);
		history.append(dossier.id(), now, online ? null : DossierAction.RECEIVE, null, dossier.state(),
				actor.username(), actor.fullName(), null);
		audit.record(online ? "dossier.submitted" : "dossier.registered", code);
		events.publishEvent(online ? new DossierSubmitted(code, dossier.agencyCode(), now)
				: new DossierReceived(code, dossier.agencyCode(), now));
		return dossier;
	}

	private ProcedureView procedure(DossierApplication application, boolean online) {
		if (application == null) {
			throw BusinessException.badRequest("malformed-request", null);
		}
		String code = application.procedureCode() == null ? "" : application.procedureCode().trim();
		ProcedureView procedure = catalogue.procedure(code)
			.orElseThrow(() -> BusinessException.invalid("dossier.unknown-procedure", "procedureCode"));
		if (online && (!procedure.active() || !procedure.onlineMode().acceptsOnline())) {
			throw BusinessException.invalid("dossier.procedure-not-online", "procedureCode");
		}
		if (!procedure.active()) {
			throw BusinessException.invalid("dossier.procedure-inactive", "procedureCode");
		}
		return procedure;
	}

	private Map<String, FileStore.Pending> pending(DossierApplication application) {
		return files.pending(application.documents()
			.stream()
			.map(AttachedDocument::uploadId)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.toList());
	}

	/** A missing key (a page without one) gets a fresh one: such a request is simply not idempotent. */
	private static String key(String idempotencyKey) {
		if (idempotencyKey == null || idempotencyKey.isBlank()) {
			return UUID.randomUUID().toString();
		}
		String key = idempotencyKey.trim();
		if (key.length() > MAX_KEY) {
			throw BusinessException.badRequest("dossier.idempotency-key-too-long", "Idempotency-Key", MAX_KEY);
		}
		return key;
	}

	private static boolean causedByDuplicateKey(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof DuplicateKeyException) {
				return true;
			}
		}
		return false;
	}
}
