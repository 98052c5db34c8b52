package vn.gov.cantho.egov.feedback;

/**
 * Who reported, as far as they chose to say: all optional (anonymous reporting). A phone lets the reporter follow the
 * item and be told of the answer by SMS. {@code externalId} is the Zalo user id or Facebook page-scoped id of a
 * conversation. Never shown publicly; staff see it only for items in their scope.
 */
public record Reporter(String name, String phone, String email, String externalId) {

	public static final Reporter ANONYMOUS = new Reporter(null, null, null, null);
}
