/**
 * Outbreak response: venues and their signed QR codes, health declarations and personal codes, check-ins at national
 * scale, tracing from a confirmed case (F0) to contacts (F1, F2), tests and results, with data kept only as long as needed.
 */
package vn.gov.cantho.egov.health;
