package vn.gov.cantho.egov.health;

import java.time.Instant;

/** A person's signed code (the QR text) and until when it is accepted. */
public record PersonalCode(String personRef, String token, Instant expiresAt) {
}
