package vn.gov.cantho.egov.calendar.domain;

import java.time.LocalDate;

import org.springframework.data.repository.ListCrudRepository;

interface CalendarDecisionRepository extends ListCrudRepository<CalendarDecision, LocalDate> {
}
