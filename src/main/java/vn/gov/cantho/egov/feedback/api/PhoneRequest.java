package vn.gov.cantho.egov.feedback.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** A phone number in a request body (never in a URL, where it would end up in logs). */
record PhoneRequest(@Schema(example = "0901234567") String phone) {

	@Override
	public String toString() {
		return "PhoneRequest[***]";
	}
}
