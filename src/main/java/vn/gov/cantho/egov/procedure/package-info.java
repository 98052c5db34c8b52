/**
 * The catalogue of administrative procedures (thủ tục hành chính): who handles each, in what time, for what fee, with
 * which documents and form fields, and how far it can be done online (Decree 42/2022).
 */
package vn.gov.cantho.egov.procedure;
