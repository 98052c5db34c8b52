package vn.gov.cantho.egov.dossier;

/**
 * Who the dossier is for and how to reach them. {@code citizenId} may be null for counter registrations of people
 * without an account; {@code phone} is required (tracking and SMS), {@code email} is optional.
 */
public record Applicant(String fullName, String citizenId, String phone, String email, String address) {
}
