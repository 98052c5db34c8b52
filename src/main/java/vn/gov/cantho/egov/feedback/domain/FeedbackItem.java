package vn.gov.cantho.egov.feedback.domain;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import vn.gov.cantho.egov.feedback.FeedbackChannel;
import vn.gov.cantho.egov.feedback.FeedbackState;
import vn.gov.cantho.egov.feedback.RejectReason;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * An item row: the aggregate the workflow changes, saved with optimistic locking. Extra-question answers, steps,
 * photos and conversation messages are rows of their own, written by the classes that own them. Jobs change
 * escalation and closing with conditional updates that also raise the version, so a stale save fails instead of
 * undoing them.
 */
public class FeedbackItem {

	@Id
	private Long id;
	private String number;
	private FeedbackChannel channel;
	private FeedbackState state;
	private String title;
	private String description;
	private String searchFolded;
	private String fieldCode;
	private String agencyCode;
	private String handler;
	private String unitCode;
	private Double latitude;
	private Double longitude;
	private String address;
	private String reporterName;
	private String reporterPhone;
	private String reporterEmail;
	private String reporterAccount;
	private String reporterExternalId;
	private Instant nameRemovedAt;
	private boolean publicAllowed;
	private String language;
	private String submittedBy;
	private String idempotencyKey;
	private String token;
	private Instant createdAt;
	private Instant updatedAt;
	private Instant assignedAt;
	private Instant dueAt;
	private Instant escalatedAt;
	private String answer;
	private Instant answeredAt;
	private String answeredBy;
	private Boolean answeredOnTime;
	private Instant closedAt;
	private RejectReason rejectReason;
	private String mergedInto;
	private int reopenCount;
	private Integer rating;
	private String ratingComment;
	@Version
	private Integer version;

	FeedbackItem() {
	}

	/** A new item in state NEW, as checked by the submission rules. */
	static FeedbackItem filed(String number, NewItem n, Instant now, Instant dueAt, String token) {
		FeedbackItem item = new FeedbackItem();
		item.number = number;
		item.channel = n.channel();
		item.state = FeedbackState.NEW;
		item.title = n.title();
		item.description = n.description();
		item.fieldCode = n.fieldCode();
		item.agencyCode = n.agencyCode();
		item.unitCode = n.unitCode();
		item.latitude = n.latitude();
		item.longitude = n.longitude();
		item.address = n.address();
		item.searchFolded = folded(n.title(), n.description(), n.address());
		item.reporterName = n.reporterName();
		item.reporterPhone = n.reporterPhone();
		item.reporterEmail = n.reporterEmail();
		item.reporterAccount = n.reporterAccount();
		item.reporterExternalId = n.reporterExternalId();
		item.publicAllowed = n.publicAllowed();
		item.language = n.language();
		item.submittedBy = n.submittedBy();
		item.idempotencyKey = n.idempotencyKey();
		item.token = token;
		item.createdAt = now;
		item.updatedAt = now;
		item.dueAt = dueAt;
		return item;
	}

	static String folded(String title, String description, String address) {
		String all = vn.gov.cantho.egov.shared.TextFolding
			.fold(title + " " + description + (address == null ? "" : " " + address));
		return all.length() <= 5000 ? all : all.substring(0, 5000);
	}

	/** Column values of a new row by parameter name, for the fixed insert of {@link ItemInserts}. */
	Map<String, Object> columns() {
		Map<String, Object> c = new HashMap<>();
		c.put("number", number);
		c.put("channel", channel.name());
		c.put("state", state.name());
		c.put("title", title);
		c.put("description", description);
		c.put("searchFolded", searchFolded);
		c.put("fieldCode", fieldCode);
		c.put("agencyCode", agencyCode);
		c.put("unitCode", unitCode);
		c.put("latitude", latitude);
		c.put("longitude", longitude);
		c.put("address", address);
		c.put("reporterName", reporterName);
		c.put("reporterPhone", reporterPhone);
		c.put("reporterEmail", reporterEmail);
		c.put("reporterAccount", reporterAccount);
		c.put("reporterExternalId", reporterExternalId);
		c.put("publicAllowed", publicAllowed);
		c.put("language", language);
		c.put("submittedBy", submittedBy);
		c.put("idempotencyKey", idempotencyKey);
		c.put("token", token);
		c.put("createdAt", Times.utc(createdAt));
		c.put("updatedAt", Times.utc(updatedAt));
		c.put("dueAt", Times.utc(dueAt));
		return c;
	}

	void inserted(long id) {
		this.id = id;
		this.version = 0;
	}

	/** Moves along a transition; the caller checked it starts from the current state. */
	void follow(Transition transition, Instant now) {
		if (transition.from() != state) {
			throw BusinessException.conflict("feedback.action-not-allowed", "action");
		}
		state = transition.to();
		updatedAt = now;
	}

	void classify(String field, String suggestedAgency, Instant newDue) {
		fieldCode = field;
		if (suggestedAgency != null) {
			agencyCode = suggestedAgency;
		}
		if (newDue != null) {
			dueAt = newDue;
		}
	}

	void assign(String field, String agency, Instant now) {
		fieldCode = field;
		agencyCode = agency;
		handler = null;
		assignedAt = now;
	}

	void handOver(String username) {
		handler = username;
	}

	void reject(RejectReason reason, Instant now) {
		rejectReason = reason;
		closedAt = now;
	}

	void merge(String target, Instant now) {
		mergedInto = target;
		closedAt = now;
	}

	void resolve(String text, String by, Instant now) {
		answer = text;
		answeredBy = by;
		answeredAt = now;
		if (answeredOnTime == null) {
			answeredOnTime = dueAt == null || !now.isAfter(dueAt);
		}
	}

	/** Back to the agency that answered, with a new deadline and a fresh escalation. */
	void reopen(Instant newDue, Instant now) {
		reopenCount++;
		dueAt = newDue;
		escalatedAt = null;
		handler = null;
		assignedAt = now;
	}

	void rate(int stars, String comment, Instant now) {
		rating = stars;
		ratingComment = comment;
		closedAt = now;
	}

	void escalate(Instant now) {
		escalatedAt = now;
	}

	void close(Instant now) {
		closedAt = now;
	}

	void removeName(Instant now) {
		reporterName = null;
		nameRemovedAt = now;
		updatedAt = now;
	}

	public Long id() { return id; }
	public String number() { return number; }
	public FeedbackChannel channel() { return channel; }
	public FeedbackState state() { return state; }
	public String title() { return title; }
	public String description() { return description; }
	public String fieldCode() { return fieldCode; }
	public String agencyCode() { return agencyCode; }
	public String handler() { return handler; }
	public String unitCode() { return unitCode; }
	public Double latitude() { return latitude; }
	public Double longitude() { return longitude; }
	public String address() { return address; }
	public String reporterName() { return reporterName; }
	public String reporterPhone() { return reporterPhone; }
	public String reporterEmail() { return reporterEmail; }
	public String reporterAccount() { return reporterAccount; }
	public String reporterExternalId() { return reporterExternalId; }
	public Instant nameRemovedAt() { return nameRemovedAt; }
	public boolean publicAllowed() { return publicAllowed; }
	public String language() { return language; }
	public String submittedBy() { return submittedBy; }
	public String token() { return token; }
	public Instant createdAt() { return createdAt; }
	public Instant updatedAt() { return updatedAt; }
	public Instant dueAt() { return dueAt; }
	public Instant escalatedAt() { return escalatedAt; }
	public String answer() { return answer; }
	public Instant answeredAt() { return answeredAt; }
	public RejectReason rejectReason() { return rejectReason; }
	public String mergedInto() { return mergedInto; }
	public int reopenCount() { return reopenCount; }
	public Integer rating() { return rating; }
	/** Past the deadline while open. */
	public boolean overdueAt(Instant now) {
		return state.open() && dueAt != null && now.isAfter(dueAt);
	}
}
