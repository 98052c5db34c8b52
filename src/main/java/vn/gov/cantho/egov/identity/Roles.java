package vn.gov.cantho.egov.identity;

/** Codes of the roles seeded by the identity module; which permissions each carries is data. */
public final class Roles {

	public static final String CITIZEN = "CITIZEN";
	public static final String RECEPTION_OFFICER = "RECEPTION_OFFICER";
	public static final String SPECIALIST = "SPECIALIST";
	public static final String LEADER = "LEADER";
	public static final String OPERATOR_1022 = "OPERATOR_1022";
	public static final String HEALTH_OFFICER = "HEALTH_OFFICER";
	public static final String CHECKPOINT_STAFF = "CHECKPOINT_STAFF";
	public static final String ADMIN = "ADMIN";

	private Roles() {
	}
}
