package vn.gov.cantho.egov.dossier;

/**
 * What somebody can do to a dossier. Which action is allowed in which state, by which permission, leading where and
 * announced by which event is the transition table of the {@code domain} package, not this enum. The ACTION segments of
 * the API path {@code POST /api/v1/dossiers/CODE/actions/ACTION} are the lower-case names with hyphens ({@code request-supplement}).
 */
public enum DossierAction {
	RECEIVE, REFUSE, ASSIGN, REQUEST_SUPPLEMENT, SUBMIT_SUPPLEMENT, PROPOSE, APPROVE, SEND_BACK, REQUEST_FEES,
	CONFIRM_FEES, STOP, WITHDRAW, RETURN_AT_COUNTER, SEND_BY_POST, APOLOGISE;

	public String slug() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	public static DossierAction fromSlug(String slug) {
		for (DossierAction action : values()) {
			if (action.slug().equals(slug)) {
				return action;
			}
		}
		throw vn.gov.cantho.egov.shared.BusinessException.notFound("dossier.unknown-action", "action");
	}
}
