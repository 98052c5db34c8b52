package vn.gov.cantho.egov.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.gov.cantho.egov.IntegrationTest;

/**
 * Online submission through the API: the code and receipt data, every broken rule at once, files checked by content,
 * procedures that are not online, and the idempotency key against retries, sequential and concurrent.
 */
@IntegrationTest
class DossierSubmissionTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	DossierApiClient api;

	@BeforeEach
	void client() {
		api = new DossierApiClient(mvc);
	}

	@Test
	void aCitizenSubmitsAPassportDossierAndGetsTodaysCodeOfTheAgency() throws Exception {
		String upload = api.uploadPdf("citizen");
		String today = LocalDate.now(clock).format(DateTimeFormatter.ofPattern("yyMMdd"));

		var result = api.submit("citizen", UUID.randomUUID().toString(), api.passport(upload).byPost("12 Hòa Bình").build())
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").value(matchesPattern("CA-XNC-" + today + "-\\d{4,}")))
			.andExpect(jsonPath("$.state").value("SUBMITTED"))
			.andExpect(jsonPath("$.channel").value("ONLINE"))
			.andExpect(jsonPath("$.owner").value("citizen"))
			.andExpect(jsonPath("$.procedureNameVi").value("Cấp hộ chiếu phổ thông ở trong nước"))
			.andExpect(jsonPath("$.fee").value(200000))
			.andExpect(jsonPath("$.delivery").value("POST"))
			.andExpect(jsonPath("$.attachments[0].documentCode").value("to-khai"))
			.andExpect(jsonPath("$.attachments[0].mediaType").value("application/pdf"))
			.andExpect(jsonPath("$.history[0].to").value("SUBMITTED"))
			.andExpect(jsonPath("$.availableActions").value(hasItems("WITHDRAW")))
			.andExpect(jsonPath("$.dueAt").doesNotExist());
		var created = api.read(result);
		String code = created.get("code").asString();
		result.andExpect(header().string("Location", "/api/v1/dossiers/" + code));
		var read = api.read(api.dossier("citizen", code));
		assertThat(created.get("history")).as("the answer shows what a later read shows").isEqualTo(read.get("history"));
		assertThat(created.get("attachments")).isEqualTo(read.get("attachments"));
		assertThat(created.get("submittedAt")).isEqualTo(read.get("submittedAt"));

		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'dossier.submitted' AND reference = :c")
			.param("c", code)
			.query(Long.class)
			.single()).isEqualTo(1);
		String file = api.read(api.dossier("citizen", code)).get("attachments").get(0).get("id").asString();
		mvc.perform(get("/api/v1/dossiers/" + code + "/files/" + file)
			.with(httpBasic("officer", DossierApiClient.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(result2 -> assertThat(result2.getResponse().getContentAsByteArray())
				.isEqualTo(DossierApiClient.PDF));
	}

	@Test
	void everyMissingDocumentAndFieldIsReportedAtOnce() throws Exception {
		var application = DossierBuilder.aDossier()
			.procedure("1.001456")
			.field("fullName", "Nguyễn Văn An")
			.field("citizenId", "12345")
			.delivery(vn.gov.cantho.egov.procedure.DeliveryOption.POST)
			.build();

		api.submit("citizen", UUID.randomUUID().toString(), application)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("documents.to-khai", "formValues.dateOfBirth",
					"formValues.placeOfBirth", "formValues.citizenId", "formValues.phone", "postalAddress")))
			.andExpect(jsonPath("$.errors[*].code").value(hasItems("dossier.document-missing",
					"dossier.field-required", "dossier.field-invalid", "dossier.postal-address-required")));
	}

	@Test
	void filesAreCheckedByContentAndSize() throws Exception {
		api.upload("citizen", "to-khai.jpg", DossierApiClient.PDF)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("dossier.file-type-mismatch"))
			.andExpect(jsonPath("$.field").value("file"));
		api.upload("citizen", "to-khai.pdf", "<html>not a pdf</html>".getBytes())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("dossier.file-type"));
		byte[] big = Arrays.copyOf(DossierApiClient.PDF, 10 * 1024 * 1024 + 1);
		api.upload("citizen", "to-khai.pdf", big)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("dossier.file-too-large"));
		api.upload("citizen", "anh.png", vn.gov.cantho.egov.dossier.domain.FileTypeSamples.PNG)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.mediaType").value("image/png"));
	}

	@Test
	void aProcedureThatIsNotOnlineRefusesOnlineDossiers() throws Exception {
		String upload = api.uploadPdf("citizen");
		api.submit("citizen", UUID.randomUUID().toString(), DossierBuilder.aDossier()
			.procedure("DEMO-03")
			.document("to-khai-ct01", upload)
			.build())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("dossier.procedure-not-online"))
			.andExpect(jsonPath("$.field").value("procedureCode"));
		api.submit("citizen", UUID.randomUUID().toString(), DossierBuilder.aDossier().procedure("9.999999").build())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("dossier.unknown-procedure"));
	}

	@Test
	void theIdempotencyKeyIsRequiredAndARetryReturnsTheSameDossier() throws Exception {
		String upload = api.uploadPdf("citizen");
		api.submit("citizen", null, api.passport(upload).build())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("missing-header"))
			.andExpect(jsonPath("$.field").value("Idempotency-Key"));

		String key = UUID.randomUUID().toString();
		String first = api.read(api.submit("citizen", key, api.passport(upload).build())
			.andExpect(status().isCreated())).get("code").asString();
		String again = api.read(api.submit("citizen", key, api.passport(upload).build())
			.andExpect(status().isCreated())).get("code").asString();
		assertThat(again).isEqualTo(first);
		assertThat(dossiersWithKey(key)).isEqualTo(1);
	}

	@Test
	void concurrentRetriesCreateOneDossier() throws Exception {
		String upload = api.uploadPdf("citizen");
		String key = UUID.randomUUID().toString();
		int threads = 8;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Callable<String>> calls = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				calls.add(() -> api.read(api.submit("citizen", key, api.passport(upload).build())
					.andExpect(status().isCreated())).get("code").asString());
			}
			Set<String> codes = new HashSet<>();
			for (Future<String> code : pool.invokeAll(calls)) {
				codes.add(code.get());
			}
			assertThat(codes).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(dossiersWithKey(key)).isEqualTo(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM dossier_file WHERE id = :id AND dossier_id IS NOT NULL")
			.param("id", upload)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anotherPersonsUploadCannotBeUsed() throws Exception {
		String officersUpload = api.uploadPdf("officer");
		api.submit("citizen", UUID.randomUUID().toString(), api.passport(officersUpload).build())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("dossier.upload-not-found"))
			.andExpect(jsonPath("$.field").value("documents.to-khai"));
	}

	private long dossiersWithKey(String key) {
		return jdbc.sql("SELECT COUNT(*) FROM dossier WHERE submitted_by = 'citizen' AND idempotency_key = :k")
			.param("k", key)
			.query(Long.class)
			.single();
	}
}
