package vn.gov.cantho.egov.health;

import java.util.List;

/**
 * What personal data a part of the module holds and until when: each part that keeps personal data (check-ins and
 * declarations, tracing results, test results) implements it and deletes its own data past its retention. The
 * retention page lists every implementation.
 */
public interface HeldData {

	List<HeldDataSet> held();
}
