package vn.gov.cantho.egov.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.cantho.egov.IntegrationTest;

/**
 * The staff side through the API: who may act on which item (scope, permission, state, inputs), the coordinator's
 * triage (classify, assign, transfer, reject, merge), the agency's answer, return and reassignment, and two officials
 * answering at once.
 */
@IntegrationTest
class FeedbackWorkflowTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	FeedbackApiClient api;

	@BeforeEach
	void client() {
		api = new FeedbackApiClient(mvc);
	}

	@Test
	void officialsActOnlyWithinTheirScopeAndPermissionInStatesThatAllowIt() throws Exception {
		String number = api.fileCaiKhe("Phạm vi (kiểm thử)", FeedbackApiClient.freshPhone());
		api.act("specialist.caikhe", number, "resolve", Map.of("comment", "x"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("feedback.not-found"));
		api.act("citizen", number, "assign", Map.of("agencyCode", "UBND-CAIKHE")).andExpect(status().isForbidden());
		api.act("operator", number, "resolve", Map.of("comment", "x"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("feedback.action-forbidden"));
		api.act("operator", number, "transfer", Map.of("agencyCode", "SXD", "comment", "x"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("feedback.action-not-allowed"));
		api.act("operator", number, "assign", Map.of())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("feedback.agency-required"));
		api.act("operator", number, "assign", Map.of("agencyCode", "NO-SUCH"))
			.andExpect(jsonPath("$.code").value("feedback.unknown-agency"));
		api.act("operator", number, "no-such-action", Map.of())
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("feedback.unknown-action"));
		api.act("operator", number, "escalate", Map.of()).andExpect(status().isForbidden());
		api.act("operator", number, "assign", Map.of("agencyCode", "UBND-CAIKHE")).andExpect(status().isOk());

		api.item("specialist.sxd", number).andExpect(status().isNotFound());
		api.act("specialist.sxd", number, "resolve", Map.of("comment", "x")).andExpect(status().isNotFound());
		api.item("leader.caikhe", number)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.availableActions").value(containsInAnyOrder("RETURN_TO_COORDINATOR", "REASSIGN",
					"RESOLVE")));
		api.item("operator", number)
			.andExpect(jsonPath("$.availableActions").value(containsInAnyOrder("MERGE", "TRANSFER")));
		api.act("specialist.caikhe", number, "reassign", Map.of("handler", "specialist.sxd"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("feedback.invalid-handler"));
		api.act("specialist.caikhe", number, "reassign", Map.of("handler", "specialist.caikhe"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("IN_PROGRESS"))
			.andExpect(jsonPath("$.handler").value("specialist.caikhe"));
		api.act("specialist.caikhe", number, "resolve", Map.of())
			.andExpect(jsonPath("$.code").value("feedback.comment-required"));
		api.act("specialist.caikhe", number, "resolve", Map.of("comment", "Đã xử lý (kiểm thử)."))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.answer").value("Đã xử lý (kiểm thử)."))
			.andExpect(jsonPath("$.history[*].action").value(contains(null, "ASSIGN", "REASSIGN", "RESOLVE")))
			.andExpect(jsonPath("$.history[3].publicNote").value(true))
			.andExpect(jsonPath("$.history[1].publicNote").value(false));
		api.act("specialist.caikhe", number, "resolve", Map.of("comment", "again")).andExpect(status().isConflict());
		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE reference = :n ORDER BY id")
			.param("n", number)
			.query(String.class)
			.list()).containsSubsequence("feedback.item.submitted", "feedback.item.assigned",
					"feedback.item.reassigned", "feedback.item.resolved");
	}

	@Test
	void theAgencyReturnsAnItemTheCoordinatorTransfersAndRejects() throws Exception {
		String number = api.fileCaiKhe("Trả lại (kiểm thử)", FeedbackApiClient.freshPhone());
		api.act("operator", number, "assign", Map.of("agencyCode", "SXD")).andExpect(status().isOk());
		api.act("specialist.sxd", number, "return-to-coordinator", Map.of("comment", "Không thuộc Sở Xây dựng"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("RETURNED"));
		api.item("specialist.sxd", number).andExpect(status().isOk()).andExpect(jsonPath("$.availableActions").isEmpty());
		api.act("operator", number, "classify", Map.of("fieldCode", "TRAT-TU-DO-THI"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("RETURNED"))
			.andExpect(jsonPath("$.fieldCode").value("TRAT-TU-DO-THI"))
			.andExpect(jsonPath("$.agencyCode").value("UBND-CAIKHE"));
		api.act("operator", number, "assign", Map.of("agencyCode", "SNNMT")).andExpect(status().isOk());
		api.act("operator", number, "transfer", Map.of("agencyCode", "SNNMT", "comment", "x"))
			.andExpect(jsonPath("$.code").value("feedback.same-agency"));
		api.act("operator", number, "transfer", Map.of("agencyCode", "UBND-CAIKHE"))
			.andExpect(jsonPath("$.code").value("feedback.comment-required"));
		api.act("operator", number, "transfer", Map.of("agencyCode", "UBND-CAIKHE", "comment", "Thuộc phường"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("ASSIGNED"))
			.andExpect(jsonPath("$.agencyCode").value("UBND-CAIKHE"));
		api.item("specialist.snnmt", number).andExpect(status().isNotFound());

		String spam = api.fileCaiKhe("Quảng cáo (kiểm thử)", FeedbackApiClient.freshPhone());
		api.act("operator", spam, "reject", Map.of())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("comment", "rejectReason")));
		api.act("operator", spam, "reject", Map.of("rejectReason", "SPAM", "comment", "Quảng cáo"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("REJECTED"))
			.andExpect(jsonPath("$.rejectReason").value("SPAM"))
			.andExpect(jsonPath("$.availableActions").isEmpty());
	}

	@Test
	void duplicatesAreSuggestedForTriageAndMerged() throws Exception {
		String kept = api.fileCaiKhe("Cống nghẹt bốc mùi hôi hẻm 77 (kiểm thử)", FeedbackApiClient.freshPhone());
		Map<String, Object> body = FeedbackApiClient.caiKhe("Hẻm 77 cống nghẹt bốc mùi hôi (kiểm thử)",
				FeedbackApiClient.freshPhone());
		String duplicate = api.read(api.submit(null, java.util.UUID.randomUUID().toString(), null, body)).get("number")
			.asString();
		mvc.perform(get("/api/v1/feedback/" + duplicate + "/similar").with(httpBasic("operator", "demo1234")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].number").value(hasItem(kept)))
			.andExpect(jsonPath("$[*].number").value(not(hasItem(duplicate))));
		api.act("operator", duplicate, "merge", Map.of("targetNumber", duplicate))
			.andExpect(jsonPath("$.code").value("feedback.merge-into-itself"));
		api.act("operator", duplicate, "merge", Map.of("targetNumber", kept))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("MERGED"))
			.andExpect(jsonPath("$.mergedInto").value(kept));
		mvc.perform(get("/api/v1/feedback/" + kept + "/similar").with(httpBasic("operator", "demo1234")))
			.andExpect(jsonPath("$[*].number").value(not(hasItem(duplicate))));
		api.act("operator", kept, "merge", Map.of("targetNumber", duplicate))
			.andExpect(jsonPath("$.code").value("feedback.target-closed"));
	}

	@Test
	void ofTwoOfficialsAnsweringAtOnceOneWins() throws Exception {
		String number = api.fileCaiKhe("Cùng lúc (kiểm thử)", FeedbackApiClient.freshPhone());
		api.act("operator", number, "assign", Map.of("agencyCode", "UBND-CAIKHE")).andExpect(status().isOk());
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Integer> statuses = new ArrayList<>();
		try {
			List<Callable<Integer>> calls = List.of(
					() -> api.act("specialist.caikhe", number, "resolve", Map.of("comment", "Trả lời một"))
						.andReturn()
						.getResponse()
						.getStatus(),
					() -> api.act("leader.caikhe", number, "resolve", Map.of("comment", "Trả lời hai"))
						.andReturn()
						.getResponse()
						.getStatus());
			for (Future<Integer> f : pool.invokeAll(calls)) {
				statuses.add(f.get());
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM feedback_step s JOIN feedback_item i ON i.id = s.item_id
				WHERE i.number = :n AND s.action = 'RESOLVE'""").param("n", number).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void theQueueShowsWhatTheCallerMaySeeMostUrgentFirst() throws Exception {
		String word = "chuoi-rieng-" + System.nanoTime();
		String number = api.fileCaiKhe("Hàng đợi (kiểm thử) " + word, FeedbackApiClient.freshPhone());
		mvc.perform(get("/api/v1/feedback").param("q", word).with(httpBasic("operator", "demo1234")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].number").value(contains(number)))
			.andExpect(jsonPath("$.total").value(1));
		mvc.perform(get("/api/v1/feedback").param("q", word).with(httpBasic("specialist.caikhe", "demo1234")))
			.andExpect(jsonPath("$.total").value(0));
		api.act("operator", number, "assign", Map.of("agencyCode", "UBND-CAIKHE")).andExpect(status().isOk());
		mvc.perform(get("/api/v1/feedback").param("q", word).with(httpBasic("specialist.caikhe", "demo1234")))
			.andExpect(jsonPath("$.items[*].number").value(contains(number)));
		mvc.perform(get("/api/v1/feedback").param("q", word).with(httpBasic("specialist.sxd", "demo1234")))
			.andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/v1/feedback").with(httpBasic("citizen", "demo1234"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/feedback").param("overdue", "true").with(httpBasic("operator", "demo1234")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].overdue").value(not(hasItem(false))));
	}
}
