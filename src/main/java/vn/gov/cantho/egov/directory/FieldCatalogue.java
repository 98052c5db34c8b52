package vn.gov.cantho.egov.directory;

import java.util.List;
import java.util.Optional;

/** The fields (lĩnh vực) that procedures and feedback are filed under. */
public interface FieldCatalogue {

	Optional<FieldView> field(String code);

	/** All fields by Vietnamese name. */
	List<FieldView> fields();
}
