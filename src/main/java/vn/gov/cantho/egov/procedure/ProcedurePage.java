package vn.gov.cantho.egov.procedure;

import java.util.List;

/** One page of search results and the total number of matches. */
public record ProcedurePage(List<ProcedureView> items, long total, int page, int size) {
}
