package vn.gov.cantho.egov.health;

/**
 * How to reach a person: for health officers tracing contacts only. The ID number is never held, only its last four
 * digits to confirm identity on the phone.
 */
public record PersonContact(String personRef, String fullName, String phone, String idNumberTail, String unitCode) {
}
