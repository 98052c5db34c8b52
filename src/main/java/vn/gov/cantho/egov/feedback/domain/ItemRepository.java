package vn.gov.cantho.egov.feedback.domain;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Item rows by id, public number, or the idempotency key of whoever filed them (finders written out). */
interface ItemRepository extends ListCrudRepository<FeedbackItem, Long> {

	@Query("SELECT * FROM feedback_item WHERE number = :number")
	Optional<FeedbackItem> findByNumber(String number);

	@Query("SELECT * FROM feedback_item WHERE submitted_by = :submittedBy AND idempotency_key = :idempotencyKey")
	Optional<FeedbackItem> findBySubmittedByAndIdempotencyKey(String submittedBy, String idempotencyKey);
}
