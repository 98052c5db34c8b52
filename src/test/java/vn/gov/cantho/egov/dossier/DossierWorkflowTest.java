package vn.gov.cantho.egov.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.QueuedMessages;

/**
 * The one-stop workflow through the API, as the demo team of the immigration office works it: every path of the
 * table from submission to return or to an end on the way, with the roles, the states that refuse an action, other
 * agencies, history, audit and the messages to the applicant.
 */
@IntegrationTest
class DossierWorkflowTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	DossierApiClient api;
	QueuedMessages outbox;

	@BeforeEach
	void client() {
		api = new DossierApiClient(mvc);
		outbox = new QueuedMessages(jdbc);
	}

	@Test
	void receivedAssignedProposedApprovedReturnedAndRated() throws Exception {
		String code = api.submitPassport();

		api.act("officer", code, "receive")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("RECEIVED"))
			.andExpect(jsonPath("$.receivedAt").value(notNullValue()))
			.andExpect(jsonPath("$.dueAt").value(notNullValue()))
			.andExpect(jsonPath("$.availableActions").value(hasItem("ASSIGN")));
		Map<String, Object> receipt = outbox.await(code, "dossier-received", 1).get(0);
		assertThat(receipt).containsEntry("CHANNEL", "SMS").containsEntry("RECIPIENT", "84901234567");
		assertThat((String) receipt.get("BODY")).contains(code, "Cấp hộ chiếu phổ thông ở trong nước");

		api.act("officer", code, "assign", Map.of("assignee", "specialist"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("PROCESSING"))
			.andExpect(jsonPath("$.assignee").value("specialist"));
		api.act("specialist", code, "propose", Map.of("outcome", "GRANT", "comment", "Đủ điều kiện cấp"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("AWAITING_APPROVAL"))
			.andExpect(jsonPath("$.proposedOutcome").value("GRANT"));
		api.act("leader", code, "approve").andExpect(status().isOk()).andExpect(jsonPath("$.state").value("RESULT_READY"));
		outbox.await(code, "dossier-result-ready", 1);
		api.act("officer", code, "return-at-counter")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("RETURNED"));
		outbox.await(code, "dossier-returned", 1);

		mvc.perform(post("/api/v1/dossiers/" + code + "/rating")
			.with(httpBasic("citizen", DossierApiClient.PASSWORD))
			.contentType("application/json")
			.content("{\"stars\":5,\"comment\":\"Nhanh, chu đáo\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rating").value(5));

		api.dossier("citizen", code)
			.andExpect(jsonPath("$.history[*].action").value(contains(null, "RECEIVE", "ASSIGN", "PROPOSE", "APPROVE",
					"RETURN_AT_COUNTER")))
			.andExpect(jsonPath("$.history[*].actor").value(contains("citizen", "officer", "officer", "specialist",
					"leader", "officer")))
			.andExpect(jsonPath("$.history[3].comment").value("Đủ điều kiện cấp"))
			.andExpect(jsonPath("$.availableActions").isEmpty());
		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE reference = :code ORDER BY id")
			.param("code", code)
			.query(String.class)
			.list()).containsExactly("dossier.submitted", "dossier.receive", "dossier.assign", "dossier.propose",
					"dossier.approve", "dossier.return-at-counter", "dossier.rated");

		var status = api.publicStatus(code, "090 123 4567")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("RETURNED"))
			.andExpect(jsonPath("$.steps[*].state").value(contains("SUBMITTED", "RECEIVED", "PROCESSING",
					"AWAITING_APPROVAL", "RESULT_READY", "RETURNED")));
		String publicJson = status.andReturn().getResponse().getContentAsString();
		assertThat(publicJson).doesNotContain("officer", "specialist", "leader", "Nguyễn Văn An", "0901234567",
				"092095001234", "Đủ điều kiện");
	}

	@Test
	void rolesStatesAndAgenciesThatMayNotAct() throws Exception {
		String code = api.submitPassport();

		api.act("specialist", code, "receive")
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("dossier.action-forbidden"));
		api.act("citizen", code, "approve").andExpect(status().isForbidden());
		api.act("officer", code, "approve").andExpect(status().isForbidden());
		api.act("officer", code, "assign", Map.of("assignee", "specialist"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("dossier.action-not-allowed"))
			.andExpect(jsonPath("$.field").value("action"));
		api.act("officer", code, "no-such-action")
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("dossier.unknown-action"));
		api.act("officer.caikhe", code, "receive")
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("dossier.not-found"));
		api.dossier("leader.caikhe", code).andExpect(status().isNotFound());
		api.dossier("officer.caikhe", code).andExpect(status().isNotFound());

		api.act("officer", code, "receive").andExpect(status().isOk());
		api.act("officer", code, "receive").andExpect(status().isConflict());
		api.act("officer", code, "assign", Map.of("assignee", "officer"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("dossier.invalid-assignee"));
		api.act("officer", code, "assign", Map.of("assignee", "specialist.caikhe"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("assignee"));
		api.act("officer", code, "assign")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("dossier.assignee-required"));
	}

	@Test
	void aSupplementIsRequestedAndSentBackByTheApplicant() throws Exception {
		String code = processing();
		api.act("specialist", code, "request-supplement")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("dossier.comment-required"));
		api.act("specialist", code, "request-supplement", Map.of("comment", "Ảnh chân dung bị mờ"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("SUPPLEMENT_REQUESTED"))
			.andExpect(jsonPath("$.supplementRequests").value(1))
			.andExpect(jsonPath("$.overdue").value(false));
		assertThat((String) outbox.await(code, "dossier-supplement-requested", 1).get(0).get("BODY"))
			.contains("Ảnh chân dung bị mờ");

		api.act("citizen", code, "submit-supplement")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("dossier.documents-required"));
		String upload = api.uploadPdf("officer");
		api.act("officer", code, "submit-supplement",
				Map.of("documents", List.of(Map.of("documentCode", "to-khai", "uploadId", upload))))
			.andExpect(status().isForbidden());
		String photo = api.uploadPdf("citizen");
		api.act("citizen", code, "submit-supplement",
				Map.of("documents", List.of(Map.of("documentCode", "to-khai", "uploadId", photo))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("PROCESSING"))
			.andExpect(jsonPath("$.attachments.length()").value(2));
	}

	@Test
	void feesThenAStopEndTheDossier() throws Exception {
		String code = processing();
		api.act("specialist", code, "request-fees").andExpect(jsonPath("$.state").value("AWAITING_FEES"));
		api.act("officer", code, "confirm-fees").andExpect(jsonPath("$.state").value("PROCESSING"));
		api.act("leader", code, "stop")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("dossier.comment-required"));
		api.act("leader", code, "stop", Map.of("comment", "Người nộp đã xuất cảnh"))
			.andExpect(jsonPath("$.state").value("STOPPED"));
		api.act("specialist", code, "propose", Map.of("outcome", "DENY", "comment", "x"))
			.andExpect(status().isConflict());
	}

	@Test
	void aLeaderSendsAProposalBack() throws Exception {
		String code = processing();
		api.act("specialist", code, "propose", Map.of("comment", "Đủ điều kiện"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("dossier.outcome-required"));
		api.act("specialist", code, "propose", Map.of("outcome", "DENY", "comment", "Thiếu xác minh"))
			.andExpect(status().isOk());
		api.act("leader", code, "send-back", Map.of("comment", "Cần xác minh nhân thân"))
			.andExpect(jsonPath("$.state").value("PROCESSING"))
			.andExpect(jsonPath("$.proposedOutcome").doesNotExist());
	}

	@Test
	void aRefusalTellsTheApplicantWhy() throws Exception {
		String code = api.submitPassport();
		api.act("officer", code, "refuse", Map.of("comment", "Tờ khai không có chữ ký"))
			.andExpect(jsonPath("$.state").value("REFUSED"));
		assertThat((String) outbox.await(code, "dossier-refused", 1).get(0).get("BODY"))
			.contains("Tờ khai không có chữ ký");
	}

	@Test
	void theApplicantWithdrawsAndNobodyElseCan() throws Exception {
		String code = processing();
		api.act("officer", code, "withdraw").andExpect(status().isForbidden());
		api.act("citizen", code, "withdraw", Map.of("comment", "Đổi lịch công tác"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("WITHDRAWN"))
			.andExpect(jsonPath("$.availableActions").isEmpty());
		api.act("citizen", code, "withdraw").andExpect(status().isConflict());
	}

	@Test
	void resultsByPostNeedATrackingNumber() throws Exception {
		String upload = api.uploadPdf("citizen");
		String code = api.read(api.submit("citizen", UUID.randomUUID().toString(),
				api.passport(upload).byPost("12 Hòa Bình, Ninh Kiều").email("an@example.vn").language("en").build()))
			.get("code")
			.asString();
		resultReady(code);
		api.act("officer", code, "send-by-post")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("dossier.tracking-number-required"));
		api.act("officer", code, "send-by-post", Map.of("trackingNumber", "EB123456789VN"))
			.andExpect(jsonPath("$.state").value("RETURNED"))
			.andExpect(jsonPath("$.trackingNumber").value("EB123456789VN"));
		List<Map<String, Object>> posted = outbox.await(code, "dossier-posted", 2);
		assertThat(posted).extracting(m -> m.get("CHANNEL")).containsExactlyInAnyOrder("SMS", "EMAIL");
		assertThat(posted).allSatisfy(m -> assertThat(m).containsEntry("LOCALE", "en"));
		assertThat((String) posted.get(0).get("BODY")).contains("EB123456789VN", "sent by public post");

		String atCounter = processing();
		api.act("specialist", atCounter, "propose", Map.of("outcome", "GRANT", "comment", "ok"));
		api.act("leader", atCounter, "approve");
		api.dossier("officer", atCounter).andExpect(jsonPath("$.availableActions").value(contains("RETURN_AT_COUNTER")));
		api.act("officer", atCounter, "send-by-post", Map.of("trackingNumber", "EB1"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("dossier.not-by-post"));
	}

	@Test
	void theQueueShowsTheAgencysOpenDossiersAndMineTheCitizens() throws Exception {
		String code = api.submitPassport();
		assertThat(api.inQueue("officer", code, line -> line.get("agencyCode").asString().equals("CA-XNC"),
				"state", "SUBMITTED")).isTrue();
		assertThat(api.inQueue("officer.caikhe", code, line -> true, "state", "SUBMITTED")).isFalse();
		mvc.perform(get("/api/v1/dossiers")
			.param("agency", "CA-XNC")
			.with(basic("officer.caikhe")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("identity.other-agency"));
		mvc.perform(get("/api/v1/me/dossiers")
			.param("size", "5")
			.with(basic("citizen")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].code").value(code));

		api.act("officer", code, "receive");
		api.act("officer", code, "assign", Map.of("assignee", "specialist"));
		assertThat(api.inQueue("specialist", code, line -> line.get("assignee").asString().equals("specialist"),
				"assignedToMe", "true")).isTrue();
	}

	@Test
	void anOfficerRegistersACounterDossierThatIsTrackedByPhone() throws Exception {
		var application = DossierBuilder.aDossier()
			.procedure("1.001456")
			.applicant("Lê Thị Bình (test)", "0987 654 321")
			.field("fullName", "Lê Thị Bình")
			.field("dateOfBirth", "1980-01-02")
			.field("placeOfBirth", "Hậu Giang")
			.field("citizenId", "093180000123")
			.field("phone", "0987654321")
			.build();
		String code = api.read(api.register("officer", "COUNTER", application)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("RECEIVED"))
			.andExpect(jsonPath("$.channel").value("COUNTER"))
			.andExpect(jsonPath("$.owner").doesNotExist())
			.andExpect(jsonPath("$.fee").value(200000))
			.andExpect(jsonPath("$.dueAt").value(notNullValue()))
			.andExpect(jsonPath("$.history[0].action").value("RECEIVE"))).get("code").asString();
		outbox.await(code, "dossier-received", 1);
		api.publicStatus(code, "0987654321").andExpect(status().isOk()).andExpect(jsonPath("$.state").value("RECEIVED"));
		api.dossier("citizen", code).andExpect(status().isNotFound());

		api.register("officer.caikhe", "COUNTER", application)
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("identity.other-agency"));
		api.register("officer", "ONLINE", application)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("dossier.invalid-channel"));
		api.register("citizen", "COUNTER", application).andExpect(status().isForbidden());
	}

	@Test
	void aWrongPhoneOrAnUnknownCodeLookTheSame() throws Exception {
		String code = api.submitPassport();
		api.publicStatus(code, "0901234567").andExpect(status().isOk());
		api.publicStatus(code, "0901234568")
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("dossier.not-found"));
		api.publicStatus(code + "9", "0901234567")
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("dossier.not-found"));
		api.publicStatus(code, "not a phone").andExpect(status().isNotFound());
	}

	/** A passport dossier received and assigned to the demo specialist. */
	private String processing() throws Exception {
		String code = api.submitPassport();
		api.act("officer", code, "receive").andExpect(status().isOk());
		api.act("officer", code, "assign", Map.of("assignee", "specialist")).andExpect(status().isOk());
		return code;
	}

	private void resultReady(String code) throws Exception {
		api.act("officer", code, "receive").andExpect(status().isOk());
		api.act("officer", code, "assign", Map.of("assignee", "specialist")).andExpect(status().isOk());
		api.act("specialist", code, "propose", Map.of("outcome", "GRANT", "comment", "ok")).andExpect(status().isOk());
		api.act("leader", code, "approve").andExpect(status().isOk());
	}

	private static RequestPostProcessor basic(String user) {
		return httpBasic(user,
				DossierApiClient.PASSWORD);
	}
}
