package vn.gov.cantho.egov.dossier.domain;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Dossier rows by id, public code, or the idempotency key of whoever submitted them. */
interface DossierRepository extends ListCrudRepository<Dossier, Long> {

	Optional<Dossier> findByCode(String code);

	Optional<Dossier> findBySubmittedByAndIdempotencyKey(String submittedBy, String idempotencyKey);
}
