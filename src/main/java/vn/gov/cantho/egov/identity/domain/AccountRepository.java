package vn.gov.cantho.egov.identity.domain;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Accounts by id or lower-case username. */
interface AccountRepository extends ListCrudRepository<Account, Long> {

	Optional<Account> findByUsername(String username);

	boolean existsByUsername(String username);

	boolean existsByIdNumber(String idNumber);
}
