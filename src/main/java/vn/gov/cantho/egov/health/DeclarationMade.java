package vn.gov.cantho.egov.health;

import java.time.Instant;

/** A person made a health declaration (no health data in the event: it is read from the module when needed). */
public record DeclarationMade(String personRef, Instant declaredAt, boolean hasSymptoms) {
}
