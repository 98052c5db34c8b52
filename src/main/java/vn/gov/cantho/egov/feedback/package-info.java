/**
 * The 1022 citizen feedback system: reports and petitions from every channel, routed to the responsible agency,
 * answered within a deadline, published without the reporter's identity, counted, and offered as Open311 GeoReport v2.
 */
package vn.gov.cantho.egov.feedback;
