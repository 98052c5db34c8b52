package vn.gov.cantho.egov.directory;

import java.util.List;

/**
 * Changes the administrative map. Each call is one transaction that keeps the history (queries for earlier dates
 * still see the old map), records the reorganisation as data, writes the audit log and publishes an event so other
 * modules can move open work to the successors.
 */
public interface Reorganisations {

	/** Units merge into a successor (new, or one of them) from a date; the others end that day. */
	ReorganisationView merge(MergeUnits command);

	/** Every unit of a tier ends on a date; its children move up to its own parent. */
	ReorganisationView abolishLevel(AbolishLevel command);

	ReorganisationView create(CreateUnit command);

	ReorganisationView rename(RenameUnit command);

	/** Every recorded reorganisation, latest effective date first. */
	List<ReorganisationView> history();
}
