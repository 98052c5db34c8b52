package vn.gov.cantho.egov.identity;

/**
 * Names of the permissions seeded by the identity module. They are contracts: URL rules and
 * {@code @PreAuthorize} checks in every module use these strings as authorities, and roles map to them as data.
 */
public final class Permissions {

	/** Read the administrative map, agencies and fields (every role). */
	public static final String DIRECTORY_READ = "DIRECTORY_READ";
	public static final String UNIT_MANAGE = "UNIT_MANAGE";
	public static final String AGENCY_MANAGE = "AGENCY_MANAGE";
	public static final String FIELD_MANAGE = "FIELD_MANAGE";
	public static final String ACCOUNT_MANAGE = "ACCOUNT_MANAGE";
	public static final String AUDIT_VIEW = "AUDIT_VIEW";
	public static final String NOTIFICATION_VIEW = "NOTIFICATION_VIEW";
	public static final String ADMIN_CONSOLE = "ADMIN_CONSOLE";
	/** Operational metrics (every official role, not citizens). */
	public static final String METRICS_VIEW = "METRICS_VIEW";
	/** See the officials of the agencies in one's scope (leaders). */
	public static final String ACCOUNT_VIEW_AGENCY = "ACCOUNT_VIEW_AGENCY";
	/** One's own account page and password (everyone). */
	public static final String ACCOUNT_SELF = "ACCOUNT_SELF";

	/** Enter official calendar decisions (administrators). */
	public static final String CALENDAR_MANAGE = "CALENDAR_MANAGE";
	/** Maintain the procedure catalogue (administrators). */
	public static final String PROCEDURE_MANAGE = "PROCEDURE_MANAGE";
	/** Submit and follow one's own dossiers (citizens). */
	public static final String DOSSIER_SUBMIT = "DOSSIER_SUBMIT";
	/** See the dossiers and work queues of the agencies in one's scope (one-stop officials). */
	public static final String DOSSIER_VIEW_AGENCY = "DOSSIER_VIEW_AGENCY";
	/** Receive, refuse, assign; register counter and postal dossiers; confirm fees (reception officers). */
	public static final String DOSSIER_RECEIVE = "DOSSIER_RECEIVE";
	/** Request supplements or fees, propose a decision (specialists). */
	public static final String DOSSIER_PROCESS = "DOSSIER_PROCESS";
	/** Approve or send back a proposed decision, stop processing (leaders). */
	public static final String DOSSIER_APPROVE = "DOSSIER_APPROVE";
	/** Return results at the counter or by post (reception officers). */
	public static final String DOSSIER_RETURN = "DOSSIER_RETURN";
	/** Apologise for a late dossier with a new appointment (specialists, leaders). */
	public static final String DOSSIER_APOLOGISE = "DOSSIER_APOLOGISE";
	/** Dossier figures of the agencies in one's scope (leaders, administrators). */
	public static final String DOSSIER_STATS = "DOSSIER_STATS";

	/** Record feedback on a caller's or visitor's behalf; see a caller's earlier items (1022 operators, reception). */
	public static final String FEEDBACK_INTAKE = "FEEDBACK_INTAKE";
	/** Classify, assign, transfer, reject and merge every agency's feedback; approve photos (1022 operators). */
	public static final String FEEDBACK_COORDINATE = "FEEDBACK_COORDINATE";
	/** Handle the feedback of the agencies in one's scope (agency officials). */
	public static final String FEEDBACK_HANDLE = "FEEDBACK_HANDLE";
	/** Feedback figures (leaders, operators, administrators). */
	public static final String FEEDBACK_STATS = "FEEDBACK_STATS";
	/** Feedback fields, deadlines, routing and Open311 API keys (administrators). */
	public static final String FEEDBACK_CONFIGURE = "FEEDBACK_CONFIGURE";

	/** Register and manage one's own venues and print their posters (venue owners: citizens, businesses). */
	public static final String HEALTH_VENUE_REGISTER = "HEALTH_VENUE_REGISTER";
	/** Register and manage every venue, rotate the signing keys of codes (health officers, administrators). */
	public static final String HEALTH_VENUE_MANAGE = "HEALTH_VENUE_MANAGE";
	/** Make one's own health declaration, get one's personal code, check in, register for a test (citizens). */
	public static final String HEALTH_DECLARE = "HEALTH_DECLARE";
	/** Check people in at a checkpoint by scanning their code or from their ID number; upload device batches. */
	public static final String HEALTH_CHECK_IN_STAFF = "HEALTH_CHECK_IN_STAFF";
	/** Record confirmed cases, trace contacts and read their contact details (health officers). */
	public static final String HEALTH_TRACE = "HEALTH_TRACE";
	/** Record samples and enter laboratory results; manage test sites and slots (health officers). */
	public static final String HEALTH_TEST_MANAGE = "HEALTH_TEST_MANAGE";
	/** Outbreak figures and what personal data is held until when (health officers, leaders, administrators). */
	public static final String HEALTH_STATS = "HEALTH_STATS";

	/** Prefix of the role authorities granted next to the permissions ({@code ROLE_LEADER}). */
	public static final String ROLE_PREFIX = "ROLE_";

	private Permissions() {
	}
}
