package vn.gov.cantho.egov.procedure;

/**
 * Maintains the procedure catalogue (permission {@code PROCEDURE_MANAGE}). Every change is checked as a whole, so
 * all broken rules are reported at once, each naming its field ({@code nameVi}, {@code fee.amount},
 * {@code documents[0].nameVi}); it is audited and announced with {@link ProcedurePublished} or
 * {@link ProcedureChanged}.
 */
public interface ProcedureAdministration {

	/** Adds an active procedure under the definition's code. */
	ProcedureView create(ProcedureDefinition definition);

	/**
	 * Replaces the procedure named by {@code code} (the definition's own code is not read). With
	 * {@code expectedVersion}, refuses the change when someone else saved in between; null skips that check.
	 */
	ProcedureView update(String code, ProcedureDefinition definition, Integer expectedVersion);

	/** Offers the procedure again in search and for new dossiers. */
	ProcedureView activate(String code);

	/** Withdraws the procedure from search and new dossiers; it stays readable by code for existing dossiers. */
	ProcedureView deactivate(String code);
}
