package vn.gov.cantho.egov.health;

import java.util.Set;

/** A health declaration: symptoms in the last 14 days, contact with a case, travel. Health data: access is audited. */
public record HealthDeclaration(Set<Symptom> symptoms, boolean contactWithCase, String travel, String note) {

	public HealthDeclaration {
		symptoms = symptoms == null ? Set.of() : Set.copyOf(symptoms);
	}
}
