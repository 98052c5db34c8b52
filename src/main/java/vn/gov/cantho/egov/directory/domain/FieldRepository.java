package vn.gov.cantho.egov.directory.domain;

import org.springframework.data.repository.ListCrudRepository;

interface FieldRepository extends ListCrudRepository<DirectoryField, String> {
}
