package vn.gov.cantho.egov.directory;

import java.util.List;
import java.util.Optional;

/** Finds agencies by official code. */
public interface AgencyDirectory {

	Optional<AgencyView> agency(String code);

	/** All agencies, active first, then by level and name. */
	List<AgencyView> agencies();
}
