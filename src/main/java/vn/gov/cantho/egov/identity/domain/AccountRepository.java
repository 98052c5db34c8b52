package vn.gov.cantho.egov.identity.domain;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Account rows by id or lower-case username; use {@link AccountStore}, which adds the roles. */
interface AccountRepository extends ListCrudRepository<IdentityAccount, Long> {

	Optional<IdentityAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	boolean existsByIdNumber(String idNumber);
}
