package vn.gov.cantho.egov.directory;

import java.util.List;
import java.util.Optional;

/** Finds agencies by official code. */
public interface AgencyDirectory {

	Optional<AgencyView> agency(String code);

	/** All agencies, active first, then by level and name. */
	List<AgencyView> agencies();

	/** Agencies serving {@code unitCode} and of {@code kind}; a null argument does not filter. */
	default List<AgencyView> agencies(String unitCode, AgencyKind kind) {
		return agencies().stream()
			.filter(a -> unitCode == null || unitCode.equals(a.unitCode()))
			.filter(a -> kind == null || kind == a.kind())
			.toList();
	}
}
