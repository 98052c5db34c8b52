package vn.gov.cantho.egov.notification;

/**
 * How a message reaches its recipient: EMAIL (an address), SMS and ZALO (ZNS, by phone), ZALO_OA (a reply in a Zalo
 * Official Account conversation, to the sender's Zalo user id) and MESSENGER (a reply on the city's Facebook Page, to
 * the sender's page-scoped id).
 */
public enum Channel {
	EMAIL, SMS, ZALO, ZALO_OA, MESSENGER
}
