package vn.gov.cantho.egov.procedure;

import java.util.Optional;

/** Reads the procedure catalogue. Procedures are identified by their national code (1.001456). */
public interface ProcedureCatalogue {

	/** The procedure, active or not. */
	Optional<ProcedureView> procedure(String code);

	/**
	 * Active procedures matching the query, by name; the text matches without accents ({@code ho chieu} finds
	 * {@code hộ chiếu}) in both languages and also matches the code.
	 */
	ProcedurePage search(ProcedureQuery query);
}
