/**
 * The append-only audit log: who did what, when, from where, to which public reference. Never personal values.
 * Other modules call {@link vn.gov.cantho.egov.audit.AuditLog} inside the transaction that makes the change.
 */
package vn.gov.cantho.egov.audit;
