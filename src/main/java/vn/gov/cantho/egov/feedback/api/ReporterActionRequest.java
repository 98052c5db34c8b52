package vn.gov.cantho.egov.feedback.api;

import io.swagger.v3.oas.annotations.media.Schema;

import vn.gov.cantho.egov.feedback.ActionInput;

/** The reporter's proof (phone given at filing; not needed when logged in as the filing account) and inputs. */
record ReporterActionRequest(@Schema(example = "0901234567") String phone,
		@Schema(description = "REOPEN: the reason; RATE: an optional remark") String comment,
		@Schema(description = "RATE: 1 to 5") Integer stars) {

	ActionInput input() {
		return new ActionInput(null, null, null, comment, null, null, stars);
	}

	@Override
	public String toString() {
		return "ReporterActionRequest[" + stars + "]";
	}
}
