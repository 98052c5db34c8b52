/**
 * Dossiers (hồ sơ) of administrative procedures: online and counter submission with attachments, the one-stop
 * workflow as a transition table, appointment dates, supplements, apologies, tracking, ratings and figures.
 */
package vn.gov.cantho.egov.dossier;
