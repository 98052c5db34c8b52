package vn.gov.cantho.egov.directory.domain;

import org.springframework.data.repository.ListCrudRepository;

interface AgencyRepository extends ListCrudRepository<DirectoryAgency, String> {
}
