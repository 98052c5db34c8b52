package vn.gov.cantho.egov.health;

import vn.gov.cantho.egov.identity.Actor;

/**
 * Which contacts of a case the tracing team reached (HEALTH_TRACE): the "contacts reached" of the outbreak figures.
 * A mark survives a retrace and is deleted with the case; every mark is audited.
 */
public interface ContactOutreach {

	/**
	 * Marks a contact of the case reached now by the channel. A contact marked before keeps its first mark, which is
	 * returned. {@code health.case-not-found}, or {@code health.contact-not-found} (field personRef) when the person is
	 * not in the case's contact list; {@code health.reach-channel} (field channel) without a channel.
	 */
	ReachedContact reached(Actor officer, String caseCode, String personRef, ReachChannel channel);
}
