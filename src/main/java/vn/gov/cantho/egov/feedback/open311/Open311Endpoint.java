package vn.gov.cantho.egov.feedback.open311;

/**
 * Marks the controllers of the GeoReport v2 facade, so that their errors are written by {@link Open311Errors} in the
 * body the specification defines, never as the problem details of the rest of the API.
 */
interface Open311Endpoint {
}
