package vn.gov.cantho.egov.health;

/** A confirmed case (F0) was recorded. */
public record CaseOpened(String caseCode, String recordedBy) {
}
