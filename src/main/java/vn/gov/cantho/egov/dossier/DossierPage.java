package vn.gov.cantho.egov.dossier;

import java.util.List;

/** One page of dossiers and how many match in all; pages start at 0. */
public record DossierPage(List<DossierSummary> items, long total, int page, int size) {
}
