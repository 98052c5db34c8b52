package vn.gov.cantho.egov.feedback;

/** How an item reached the 1022 system (kênh tiếp nhận); kept with the item and counted in the figures. */
public enum FeedbackChannel {
	HOTLINE, WEB, MOBILE_APP, ZALO, FACEBOOK, IN_PERSON, OPEN311
}
