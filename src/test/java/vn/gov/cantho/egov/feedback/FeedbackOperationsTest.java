package vn.gov.cantho.egov.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.json.JsonMapper;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.QueuedMessages;
import vn.gov.cantho.egov.feedback.domain.NumberSequence;
import vn.gov.cantho.egov.feedback.domain.SystemJobs;

/**
 * Operating concerns: flood control by phone and by address (429 with Retry-After, staff channels exempt by address),
 * numbers drawn concurrently, escalation won by exactly one of several nodes and told to the agency's leaders and the
 * coordinators, conversations from Zalo and Facebook with platform retries.
 */
@IntegrationTest
class FeedbackOperationsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	NumberSequence numbers;

	@Autowired
	SystemJobs jobs;

	@Autowired
	FeedbackManagement feedback;

	@Autowired
	vn.gov.cantho.egov.feedback.domain.FeedbackCleanup cleanup;

	FeedbackApiClient api;
	final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void client() {
		api = new FeedbackApiClient(mvc);
	}

	ResultActions submitFrom(String address, String user, Map<String, Object> body) throws Exception {
		var request = post("/api/v1/feedback").contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body))
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.with(r -> {
				r.setRemoteAddr(address);
				return r;
			});
		if (user != null) {
			request.with(httpBasic(user, FeedbackApiClient.PASSWORD));
		}
		return mvc.perform(request);
	}

	@Test
	void floodingFromOnePhoneOrOneAddressIsRefusedWithRetryAfter() throws Exception {
		String phone = FeedbackApiClient.freshPhone();
		for (int i = 0; i < 5; i++) {
			api.submit(null, UUID.randomUUID().toString(), null, FeedbackApiClient.caiKhe("Lũ " + i, phone))
				.andExpect(status().isCreated());
		}
		api.submit(null, UUID.randomUUID().toString(), null, FeedbackApiClient.caiKhe("Lũ 6", phone))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.code").value("feedback.too-many"))
			.andExpect(jsonPath("$.field").value("reporter.phone"))
			.andExpect(jsonPath("$.title").value(org.hamcrest.Matchers.startsWith("Bạn đã gửi quá nhiều phản ánh (tối đa 5")));
		long retryAfter = Long.parseLong(api.submit(null, UUID.randomUUID().toString(), null,
				FeedbackApiClient.caiKhe("Lũ 7", phone)).andReturn().getResponse().getHeader("Retry-After"));
		assertThat(retryAfter).isBetween(1L, 3600L);

		String address = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
		String[] last = new String[1];
		for (int i = 0; i < 40 && last[0] == null; i++) {
			int status = submitFrom(address, null, FeedbackApiClient.caiKhe("Địa chỉ " + i, FeedbackApiClient.freshPhone()))
				.andReturn()
				.getResponse()
				.getStatus();
			if (status == 429) {
				last[0] = Integer.toString(i);
			}
		}
		assertThat(last[0]).as("the request refused by address").isEqualTo("30");
		Map<String, Object> call = FeedbackApiClient.caiKhe("Tổng đài", FeedbackApiClient.freshPhone());
		call.put("channel", "HOTLINE");
		submitFrom(address, "operator", call).andExpect(status().isCreated());
		submitFrom(address, null, FeedbackApiClient.caiKhe("Lại", FeedbackApiClient.freshPhone()))
			.andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.field").value("clientAddress"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM feedback_intake_rate WHERE key_hash LIKE :a")
			.param("a", "%" + address + "%")
			.query(Long.class)
			.single()).as("keys are stored hashed").isZero();
	}

	@Test
	void concurrentDrawsGiveEveryNumberOnce() throws Exception {
		LocalDate day = LocalDate.of(2200 + ThreadLocalRandom.current().nextInt(700), 1 + ThreadLocalRandom.current()
			.nextInt(12), 1 + ThreadLocalRandom.current().nextInt(28));
		ExecutorService pool = Executors.newFixedThreadPool(12);
		List<String> drawn = new ArrayList<>();
		try {
			List<Callable<List<String>>> work = new ArrayList<>();
			for (int t = 0; t < 12; t++) {
				work.add(() -> IntStream.range(0, 30).mapToObj(i -> numbers.next(day)).toList());
			}
			for (Future<List<String>> result : pool.invokeAll(work)) {
				drawn.addAll(result.get());
			}
		}
		finally {
			pool.shutdownNow();
		}
		String prefix = "PA-" + day.format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd")) + "-";
		assertThat(drawn).hasSize(360).doesNotHaveDuplicates().allMatch(n -> n.startsWith(prefix));
		Set<Integer> seen = drawn.stream()
			.map(n -> Integer.parseInt(n.substring(prefix.length())))
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(seen).containsExactlyElementsOf(IntStream.rangeClosed(1, 360).boxed().toList());
	}

	@Test
	void overdueItemsAreEscalatedOnceWhateverTheNodesAndLeadersAndCoordinatorsAreTold() throws Exception {
		Map<String, Object> body = FeedbackApiClient.caiKhe("Quá hạn (kiểm thử)", FeedbackApiClient.freshPhone());
		body.put("location", Map.of("address", "Không rõ phường"));
		String number = api.read(api.submit(null, UUID.randomUUID().toString(), null, body)).get("number").asString();
		api.act("operator", number, "assign", Map.of("agencyCode", "SNNMT")).andExpect(status().isOk());
		String fresh = api.fileCaiKhe("Chưa quá hạn (kiểm thử)", FeedbackApiClient.freshPhone());
		jdbc.sql("UPDATE feedback_item SET due_at = :past WHERE number = :n")
			.param("past", java.time.OffsetDateTime.now().minusHours(1))
			.param("n", number)
			.update();

		ExecutorService nodes = Executors.newFixedThreadPool(3);
		try {
			List<Callable<Integer>> runs = List.of(jobs::escalate, jobs::escalate, jobs::escalate);
			for (Future<Integer> run : nodes.invokeAll(runs)) {
				run.get();
			}
		}
		finally {
			nodes.shutdownNow();
		}
		assertThat(escalations(number)).isEqualTo(1);
		assertThat(escalations(fresh)).isZero();
		jobs.escalate();
		assertThat(escalations(number)).isEqualTo(1);
		api.item("operator", number)
			.andExpect(jsonPath("$.escalatedAt").exists())
			.andExpect(jsonPath("$.overdue").value(true))
			.andExpect(jsonPath("$.state").value("ASSIGNED"));
		List<Object> recipients = new QueuedMessages(jdbc).await(number, "feedback-escalated", 2)
			.stream()
			.map(m -> m.get("RECIPIENT"))
			.toList();
		assertThat(recipients).contains("leader.snnmt@demo.egov.cantho.gov.vn", "operator@demo.egov.cantho.gov.vn")
			.doesNotContain("specialist.snnmt@demo.egov.cantho.gov.vn");
	}

	@Test
	void photosNobodyAttachedExpireAndAttachedOnesStay() throws Exception {
		String key = UUID.randomUUID().toString();
		String left = api.read(api.uploadPhoto(null, key, "bo-quen.png", FeedbackApiClient.png(8, 8))).get("id")
			.asString();
		String used = api.read(api.uploadPhoto(null, key, "dung.png", FeedbackApiClient.png(8, 8))).get("id")
			.asString();
		Map<String, Object> body = FeedbackApiClient.caiKhe("Ảnh được dùng", FeedbackApiClient.freshPhone());
		body.put("photoIds", List.of(used));
		api.submit(null, UUID.randomUUID().toString(), key, body).andExpect(status().isCreated());
		jdbc.sql("UPDATE feedback_photo SET expires_at = :past WHERE id IN (:ids) AND item_id IS NULL")
			.param("past", java.time.OffsetDateTime.now().minusMinutes(1))
			.param("ids", List.of(left, used))
			.update();
		assertThat(cleanup.deleteExpired()).isGreaterThanOrEqualTo(1);
		assertThat(jdbc.sql("SELECT id FROM feedback_photo WHERE id IN (:ids)")
			.param("ids", List.of(left, used))
			.query(String.class)
			.list()).containsExactly(used);
	}

	private long escalations(String number) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM feedback_step s JOIN feedback_item i ON i.id = s.item_id
				WHERE i.number = :n AND s.action = 'ESCALATE'""").param("n", number).query(Long.class).single();
	}

	@Test
	void messagesOpenOrJoinAConversationAndPlatformRetriesAddNothing() throws Exception {
		String sender = "zalo-test-" + UUID.randomUUID();
		String id = "msg-" + UUID.randomUUID();
		InboundMessage first = new InboundMessage(FeedbackChannel.ZALO, sender, "Người gửi Zalo", id,
				"Cột điện nghiêng sắp đổ ở hẻm 9, nhờ kiểm tra gấp giúp", null);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<ConversationMessage> results = new ArrayList<>();
		try {
			List<Callable<ConversationMessage>> deliveries = List.of(() -> feedback.receiveMessage(first),
					() -> feedback.receiveMessage(first), () -> feedback.receiveMessage(first),
					() -> feedback.receiveMessage(first));
			for (Future<ConversationMessage> f : pool.invokeAll(deliveries)) {
				results.add(f.get());
			}
		}
		finally {
			pool.shutdownNow();
		}
		String number = results.get(0).number();
		assertThat(results).extracting(ConversationMessage::number).containsOnly(number);
		assertThat(results).filteredOn(ConversationMessage::newItem).hasSize(1);
		assertThat(results).filteredOn(ConversationMessage::duplicate).hasSize(3);
		api.item("operator", number)
			.andExpect(jsonPath("$.channel").value("ZALO"))
			.andExpect(jsonPath("$.state").value("NEW"))
			.andExpect(jsonPath("$.fieldCode").doesNotExist())
			.andExpect(jsonPath("$.title").value("Cột điện nghiêng sắp đổ ở hẻm 9, nhờ kiểm tra gấp…"))
			.andExpect(jsonPath("$.description").value("Cột điện nghiêng sắp đổ ở hẻm 9, nhờ kiểm tra gấp giúp"))
			.andExpect(jsonPath("$.reporter.externalId").value(sender))
			.andExpect(jsonPath("$.publicAllowed").value(false));

		ConversationMessage second = feedback.receiveMessage(new InboundMessage(FeedbackChannel.ZALO, sender, null,
				"msg-" + UUID.randomUUID(), "Bổ sung: cột số 12", null));
		assertThat(second).isEqualTo(new ConversationMessage(number, false, false));
		api.item("operator", number).andExpect(jsonPath("$.history[1].comment").value("Bổ sung: cột số 12"));
		assertThat(feedback.receiveMessage(first)).isEqualTo(new ConversationMessage(number, false, true));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM feedback_message m JOIN feedback_item i ON i.id = m.item_id "
				+ "WHERE i.number = :n AND m.direction = 'IN'").param("n", number).query(Long.class).single())
			.isEqualTo(2);

		api.act("operator", number, "reject", Map.of("rejectReason", "OUT_OF_SCOPE", "comment", "Liên hệ điện lực"))
			.andExpect(status().isOk());
		ConversationMessage next = feedback.receiveMessage(new InboundMessage(FeedbackChannel.ZALO, sender, null,
				"msg-" + UUID.randomUUID(), "Vấn đề khác: " + "dài ".repeat(2000), null));
		assertThat(next.newItem()).isTrue();
		assertThat(next.number()).isNotEqualTo(number);
		assertThat(feedback.receiveMessage(new InboundMessage(FeedbackChannel.FACEBOOK, sender, null, id, "Cùng mã "
				+ "nhưng khác nền tảng", null)).newItem()).isTrue();
	}
}
