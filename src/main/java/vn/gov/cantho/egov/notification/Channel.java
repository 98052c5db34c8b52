package vn.gov.cantho.egov.notification;

/** How a message reaches its recipient. */
public enum Channel {
	EMAIL, SMS, ZALO
}
