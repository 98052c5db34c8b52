package vn.gov.cantho.egov.feedback.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cantho.egov.audit.AuditLog;
import vn.gov.cantho.egov.feedback.ActionInput;
import vn.gov.cantho.egov.feedback.ConversationMessage;
import vn.gov.cantho.egov.feedback.DuplicateCandidate;
import vn.gov.cantho.egov.feedback.FeedbackAction;
import vn.gov.cantho.egov.feedback.FeedbackManagement;
import vn.gov.cantho.egov.feedback.FeedbackPage;
import vn.gov.cantho.egov.feedback.FeedbackQuery;
import vn.gov.cantho.egov.feedback.FeedbackState;
import vn.gov.cantho.egov.feedback.FeedbackSubmission;
import vn.gov.cantho.egov.feedback.FeedbackSummary;
import vn.gov.cantho.egov.feedback.FeedbackView;
import vn.gov.cantho.egov.feedback.FollowedFeedback;
import vn.gov.cantho.egov.feedback.InboundMessage;
import vn.gov.cantho.egov.feedback.PhotoView;
import vn.gov.cantho.egov.feedback.PublicFeedback;
import vn.gov.cantho.egov.feedback.PublicFeedbackPage;
import vn.gov.cantho.egov.feedback.PublicQuery;
import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.identity.Permissions;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * The module's operations behind {@link FeedbackManagement}, each in one transaction except submissions and
 * messaging intake, which take their number in a short transaction of their own first (see {@link Intake}).
 */
@Service
class FeedbackService implements FeedbackManagement {

	static final List<FeedbackState> OPEN = List.of(FeedbackState.NEW, FeedbackState.RETURNED, FeedbackState.ASSIGNED,
			FeedbackState.IN_PROGRESS);
	static final List<FeedbackState> STANDING = List.of(FeedbackState.NEW, FeedbackState.RETURNED,
			FeedbackState.ASSIGNED, FeedbackState.IN_PROGRESS, FeedbackState.RESOLVED, FeedbackState.CLOSED);

	private final FeedbackAccess access;
	private final Intake intake;
	private final FeedbackWorkflow workflow;
	private final ReporterSide reporters;
	private final ItemViews views;
	private final ItemQueries queries;
	private final PublicSearch publicSearch;
	private final Duplicates duplicates;
	private final Conversations conversations;
	private final PhotoStore photos;
	private final AuditLog audit;
	private final FeedbackProperties properties;
	private final Clock clock;

	FeedbackService(FeedbackAccess access, Intake intake, FeedbackWorkflow workflow, ReporterSide reporters, ItemViews views,
			ItemQueries queries, PublicSearch publicSearch, Duplicates duplicates, Conversations conversations,
			PhotoStore photos, AuditLog audit, FeedbackProperties properties, Clock clock) {
		this.access = access;
		this.intake = intake;
		this.workflow = workflow;
		this.reporters = reporters;
		this.views = views;
		this.queries = queries;
		this.publicSearch = publicSearch;
		this.duplicates = duplicates;
		this.conversations = conversations;
		this.photos = photos;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	@Transactional
	public PhotoView uploadPhoto(String filename, byte[] content, String uploadKey) {
		Actor actor = access.current().orElse(null);
		if (actor == null && (uploadKey == null || uploadKey.isBlank())) {
			throw BusinessException.badRequest("feedback.upload-key-required", "X-Upload-Key");
		}
		if (uploadKey != null && uploadKey.trim().length() > Intake.MAX_KEY) {
			throw BusinessException.badRequest("feedback.upload-key-too-long", "X-Upload-Key", Intake.MAX_KEY);
		}
		Instant now = clock.instant();
		String owner = PhotoStore.owner(actor == null ? null : actor.username(),
				uploadKey == null ? null : uploadKey.trim());
		PhotoView photo = photos.store(owner, filename, content, now, now.plus(properties.photoExpiry()));
		audit.record("feedback.photo.uploaded", photo.id());
		return photo;
	}

	@Override
	public FeedbackView submit(FeedbackSubmission submission, String idempotencyKey, String uploadKey) {
		FeedbackItem item = intake.submit(submission, idempotencyKey, uploadKey, clock.instant());
		return views.staff(item, access.current().orElse(null));
	}

	@Override
	@Transactional(readOnly = true)
	public List<BusinessException> problems(FeedbackSubmission submission) {
		return intake.problems(submission);
	}

	@Override
	@Transactional(readOnly = true)
	public List<DuplicateCandidate> similar(FeedbackSubmission draft) {
		if (draft == null) {
			return List.of();
		}
		boolean staff = access.current().map(FeedbackAccess::isStaff).orElse(false);
		return duplicates.find(new Duplicates.Probe(null, trim(draft.fieldCode()), draft.location().latitude(),
				draft.location().longitude(), trim(draft.location().unitCode()),
				draft.title() + " " + draft.description()), OPEN, !staff);
	}

	@Override
	@Transactional(readOnly = true)
	public List<DuplicateCandidate> similarTo(String number) {
		Actor actor = access.actorWith(Permissions.FEEDBACK_COORDINATE, Permissions.FEEDBACK_HANDLE);
		FeedbackItem item = access.visible(number, actor);
		return duplicates.find(new Duplicates.Probe(item.number(), item.fieldCode(), item.latitude(),
				item.longitude(), item.unitCode(), item.title() + " " + item.description()), STANDING, false);
	}

	@Override
	@Transactional
	public FeedbackView item(String number) {
		Actor actor = access.actorWith(Permissions.FEEDBACK_COORDINATE, Permissions.FEEDBACK_HANDLE);
		FeedbackItem item = access.visible(number, actor);
		audit.record("feedback.item.read", item.number());
		return views.staff(item, actor);
	}

	@Override
	@Transactional
	public FeedbackView act(String number, FeedbackAction action, ActionInput input) {
		FeedbackItem item = workflow.act(number, action, input, clock.instant());
		return views.staff(item, access.actor());
	}

	@Override
	@Transactional(readOnly = true)
	public FeedbackPage queue(FeedbackQuery query) {
		return queries.queue(query);
	}

	@Override
	@Transactional(readOnly = true)
	public List<FeedbackSummary> callerHistory(String phone) {
		return queries.callerHistory(phone);
	}

	@Override
	@Transactional
	public void approvePhoto(String number, String photoId, boolean approved) {
		Actor actor = access.actorWith(Permissions.FEEDBACK_COORDINATE, Permissions.FEEDBACK_HANDLE);
		FeedbackItem item = access.visible(number, actor);
		if (!photos.approve(item.id(), photoId, approved, actor.username(), clock.instant())) {
			throw BusinessException.notFound("feedback.photo-not-found", "photoId");
		}
		audit.record(approved ? "feedback.photo.approved" : "feedback.photo.withdrawn", item.number());
	}

	@Override
	@Transactional(readOnly = true)
	public StoredPhoto photo(String number, String photoId) {
		return reporters.photo(number, photoId);
	}

	@Override
	@Transactional(readOnly = true)
	public PublicFeedback publicItem(String number) {
		return access.find(number)
			.filter(i -> i.publicAllowed() && i.state().answered())
			.map(views::open)
			.orElseThrow(() -> BusinessException.notFound(FeedbackAccess.NOT_FOUND, "number"));
	}

	@Override
	@Transactional(readOnly = true)
	public PublicFeedbackPage searchPublic(PublicQuery query) {
		return publicSearch.search(query == null ? new PublicQuery(null, null, null, 0, 20) : query);
	}

	@Override
	@Transactional(readOnly = true)
	public FollowedFeedback follow(String number, String phone) {
		return reporters.follow(number, phone);
	}

	@Override
	@Transactional(readOnly = true)
	public List<FeedbackSummary> mine() {
		return queries.mine();
	}

	@Override
	@Transactional
	public FollowedFeedback reporterAct(String number, String phone, FeedbackAction action, ActionInput input) {
		return reporters.act(number, phone, action, input, clock.instant());
	}

	@Override
	@Transactional
	public FollowedFeedback removeReporterName(String number, String phone) {
		return reporters.removeName(number, phone, clock.instant());
	}

	@Override
	public ConversationMessage receiveMessage(InboundMessage message) {
		return conversations.receive(message, clock.instant());
	}

	private static String trim(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
