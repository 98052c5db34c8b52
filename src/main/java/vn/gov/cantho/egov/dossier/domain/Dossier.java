package vn.gov.cantho.egov.dossier.domain;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import vn.gov.cantho.egov.calendar.TimeLimit;
import vn.gov.cantho.egov.dossier.DossierState;
import vn.gov.cantho.egov.dossier.ProposedOutcome;
import vn.gov.cantho.egov.dossier.SubmissionChannel;
import vn.gov.cantho.egov.procedure.DeliveryOption;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * A dossier row: the aggregate the workflow changes. The class name gives the table name ({@code dossier}). History
 * steps and files are appended by {@link History} and {@link FileStore}; the lateness job's flag
 * ({@code overdue_since}) is deliberately not mapped, so saving a dossier never overwrites it.
 */
public class Dossier {

	@Id
	private Long id;
	private String code;
	private String procedureCode;
	private String procedureNameVi;
	private String procedureNameEn;
	private String agencyCode;
	private TimeLimit.Kind timeLimitKind;
	private int timeLimitDays;
	private DossierState state;
	private SubmissionChannel channel;
	private String owner;
	private String submittedBy;
	private String idempotencyKey;
	private String applicantName;
	private String applicantCitizenId;
	private String applicantPhone;
	private String applicantEmail;
	private String applicantAddress;
	private String formValues;
	private DeliveryOption delivery;
	private String postalAddress;
	private String trackingNumber;
	private String language;
	private long fee;
	private Instant submittedAt;
	private Instant receivedAt;
	private Instant dueAt;
	private Instant originalDueAt;
	private Instant finishedAt;
	private Integer handlingDays;
	private boolean apologised;
	private String assignee;
	private ProposedOutcome proposedOutcome;
	private int supplementRequests;
	private Instant supplementRequestedAt;
	private int supplementDays;
	private Integer rating;
	private String ratingComment;
	private Instant ratedAt;
	@Version
	private Integer version;

	Dossier() {
	}

	/**
	 * The values of a new row by field name, for the fixed insert of {@link DossierInserts}: the generic save renders
	 * its INSERT anew on every call, which under load cost more than the rest of a submission together.
	 */
	java.util.Map<String, Object> columns() {
		java.util.Map<String, Object> columns = new java.util.HashMap<>();
		columns.put("code", code);
		columns.put("procedureCode", procedureCode);
		columns.put("procedureNameVi", procedureNameVi);
		columns.put("procedureNameEn", procedureNameEn);
		columns.put("agencyCode", agencyCode);
		columns.put("timeLimitKind", timeLimitKind == null ? null : timeLimitKind.name());
		columns.put("timeLimitDays", timeLimitDays);
		columns.put("state", state == null ? null : state.name());
		columns.put("channel", channel == null ? null : channel.name());
		columns.put("owner", owner);
		columns.put("submittedBy", submittedBy);
		columns.put("idempotencyKey", idempotencyKey);
		columns.put("applicantName", applicantName);
		columns.put("applicantCitizenId", applicantCitizenId);
		columns.put("applicantPhone", applicantPhone);
		columns.put("applicantEmail", applicantEmail);
		columns.put("applicantAddress", applicantAddress);
		columns.put("formValues", formValues);
		columns.put("delivery", delivery == null ? null : delivery.name());
		columns.put("postalAddress", postalAddress);
		columns.put("trackingNumber", trackingNumber);
		columns.put("language", language);
		columns.put("fee", fee);
		columns.put("submittedAt", submittedAt == null ? null : Times.utc(submittedAt));
		columns.put("receivedAt", receivedAt == null ? null : Times.utc(receivedAt));
		columns.put("dueAt", dueAt == null ? null : Times.utc(dueAt));
		columns.put("originalDueAt", originalDueAt == null ? null : Times.utc(originalDueAt));
		columns.put("finishedAt", finishedAt == null ? null : Times.utc(finishedAt));
		columns.put("handlingDays", handlingDays);
		columns.put("apologised", apologised);
		columns.put("assignee", assignee);
		columns.put("proposedOutcome", proposedOutcome == null ? null : proposedOutcome.name());
		columns.put("supplementRequests", supplementRequests);
		columns.put("supplementRequestedAt", supplementRequestedAt == null ? null : Times.utc(supplementRequestedAt));
		columns.put("supplementDays", supplementDays);
		columns.put("rating", rating);
		columns.put("ratingComment", ratingComment);
		columns.put("ratedAt", ratedAt == null ? null : Times.utc(ratedAt));
		return columns;
	}

	/** After the fixed insert: the row's id and the first version, as the generic save would have set them. */
	void inserted(long id) {
		this.id = id;
		this.version = 0;
	}

	/** A new dossier in SUBMITTED (online) state; {@link #receive} follows at once for counter registrations. */
	static Dossier submitted(String code, NewDossier d, Instant now) {
		Dossier dossier = new Dossier();
		dossier.code = code;
		dossier.procedureCode = d.procedure().code();
		dossier.procedureNameVi = d.procedure().nameVi();
		dossier.procedureNameEn = d.procedure().nameEn();
		dossier.agencyCode = d.procedure().agencyCode();
		dossier.timeLimitKind = d.procedure().timeLimit().kind();
		dossier.timeLimitDays = d.procedure().timeLimit().workingDays();
		dossier.state = DossierState.SUBMITTED;
		dossier.channel = d.channel();
		dossier.owner = d.owner();
		dossier.submittedBy = d.submittedBy();
		dossier.idempotencyKey = d.idempotencyKey();
		dossier.applicantName = d.applicantName();
		dossier.applicantCitizenId = d.citizenId();
		dossier.applicantPhone = d.phone();
		dossier.applicantEmail = d.email();
		dossier.applicantAddress = d.address();
		dossier.formValues = d.formValuesJson();
		dossier.delivery = d.delivery();
		dossier.postalAddress = d.postalAddress();
		dossier.language = d.language();
		dossier.fee = d.fee();
		dossier.submittedAt = now;
		return dossier;
	}

	/** Moves along a transition of the table; the caller has checked it starts from the current state. */
	void follow(Transition transition) {
		if (transition.from() != state) {
			throw BusinessException.conflict("dossier.action-not-allowed", "action");
		}
		state = transition.to();
	}

	void receive(Instant now, Instant due) {
		receivedAt = now;
		dueAt = due;
		originalDueAt = due;
	}

	void assign(String username) {
		assignee = username;
	}

	void requestSupplement(Instant now) {
		supplementRequests++;
		supplementRequestedAt = now;
	}

	/** The citizen took {@code days} working days: both appointments move that much later. */
	void supplementSubmitted(int days, Instant newDue, Instant newOriginalDue) {
		supplementDays += days;
		supplementRequestedAt = null;
		dueAt = newDue;
		originalDueAt = newOriginalDue;
	}

	void propose(ProposedOutcome outcome) {
		proposedOutcome = outcome;
	}

	void sendBack() {
		proposedOutcome = null;
	}

	/** Processing ended (result ready, stopped, refused, withdrawn); {@code days} only when a result is ready. */
	void finish(Instant now, Integer days) {
		if (finishedAt == null) {
			finishedAt = now;
			handlingDays = days;
		}
	}

	void sendByPost(String tracking) {
		trackingNumber = tracking;
	}

	void apologise(Instant newDue) {
		apologised = true;
		dueAt = newDue;
	}

	void rate(int stars, String comment, Instant now) {
		rating = stars;
		ratingComment = comment;
		ratedAt = now;
	}

	public Long id() {
		return id;
	}

	public String code() {
		return code;
	}

	public String procedureCode() {
		return procedureCode;
	}

	public String procedureNameVi() {
		return procedureNameVi;
	}

	public String procedureNameEn() {
		return procedureNameEn;
	}

	public String agencyCode() {
		return agencyCode;
	}

	public TimeLimit timeLimit() {
		return new TimeLimit(timeLimitKind, timeLimitDays);
	}

	public DossierState state() {
		return state;
	}

	public SubmissionChannel channel() {
		return channel;
	}

	public String owner() {
		return owner;
	}

	public String submittedBy() {
		return submittedBy;
	}

	public String applicantName() {
		return applicantName;
	}

	public String applicantCitizenId() {
		return applicantCitizenId;
	}

	/** The applicant's mobile number, normalised to {@code 0xxxxxxxxx}. */
	public String applicantPhone() {
		return applicantPhone;
	}

	public String applicantEmail() {
		return applicantEmail;
	}

	public String applicantAddress() {
		return applicantAddress;
	}

	String formValuesJson() {
		return formValues;
	}

	public DeliveryOption delivery() {
		return delivery;
	}

	public String postalAddress() {
		return postalAddress;
	}

	public String trackingNumber() {
		return trackingNumber;
	}

	public String language() {
		return language;
	}

	public long fee() {
		return fee;
	}

	public Instant submittedAt() {
		return submittedAt;
	}

	public Instant receivedAt() {
		return receivedAt;
	}

	public Instant dueAt() {
		return dueAt;
	}

	public Instant originalDueAt() {
		return originalDueAt;
	}

	public Instant finishedAt() {
		return finishedAt;
	}

	public boolean apologised() {
		return apologised;
	}

	public String assignee() {
		return assignee;
	}

	public ProposedOutcome proposedOutcome() {
		return proposedOutcome;
	}

	public int supplementRequests() {
		return supplementRequests;
	}

	public Instant supplementRequestedAt() {
		return supplementRequestedAt;
	}

	public int supplementDays() {
		return supplementDays;
	}

	public Integer rating() {
		return rating;
	}

	public String ratingComment() {
		return ratingComment;
	}

	/** Past the appointment while the handling clock runs. */
	public boolean overdueAt(Instant now) {
		return state.clockRuns() && dueAt != null && now.isAfter(dueAt);
	}
}
