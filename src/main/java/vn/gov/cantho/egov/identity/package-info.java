/**
 * Accounts of citizens and officials, roles mapped to fine-grained permissions as data, login, registration and
 * lockout. Officials are bound to an agency and act only within it.
 */
package vn.gov.cantho.egov.identity;
