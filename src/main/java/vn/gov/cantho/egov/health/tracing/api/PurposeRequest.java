package vn.gov.cantho.egov.health.tracing.api;

/** Why a case is traced again. */
record PurposeRequest(String purpose) {
}
