package vn.gov.cantho.egov.feedback;

import java.util.List;
import java.util.Optional;

/** The fields that take feedback, with deadline, routing and extra questions (as data, maintained by administrators). */
public interface FeedbackFields {

	/** Active fields in display order. */
	List<FeedbackFieldView> fields();

	Optional<FeedbackFieldView> field(String fieldCode);

	/** The agency answering {@code fieldCode} in {@code unitCode} (the most specific routing, else the default). */
	String agencyFor(String fieldCode, String unitCode);
}
