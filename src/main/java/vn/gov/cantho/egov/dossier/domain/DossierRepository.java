package vn.gov.cantho.egov.dossier.domain;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * Dossier rows by id, public code, or the idempotency key of whoever submitted them. The finders are written out:
 * derived queries rebuild their SQL on every call, which was the largest cost of a submission under load.
 */
interface DossierRepository extends ListCrudRepository<Dossier, Long> {

	@Query("SELECT * FROM dossier WHERE code = :code")
	Optional<Dossier> findByCode(String code);

	@Query("SELECT * FROM dossier WHERE submitted_by = :submittedBy AND idempotency_key = :idempotencyKey")
	Optional<Dossier> findBySubmittedByAndIdempotencyKey(String submittedBy, String idempotencyKey);
}
