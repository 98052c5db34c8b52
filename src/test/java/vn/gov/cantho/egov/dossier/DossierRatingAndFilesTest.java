package vn.gov.cantho.egov.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.dossier.domain.UploadCleanup;

/** Ratings (owner, once, returned dossiers, 1 to 5), files (who may read them, expiry), and the API document. */
@IntegrationTest
class DossierRatingAndFilesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UploadCleanup cleanup;

	@Autowired
	Clock clock;

	DossierApiClient api;

	@BeforeEach
	void client() {
		api = new DossierApiClient(mvc);
	}

	@Test
	void onlyTheOwnerRatesAReturnedDossierOnceFromOneToFiveStars() throws Exception {
		String code = api.submitPassport();
		rate("citizen", code, 5).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("dossier.not-returned"));
		api.act("officer", code, "receive");
		api.act("officer", code, "assign", Map.of("assignee", "specialist"));
		api.act("specialist", code, "propose", Map.of("outcome", "GRANT", "comment", "ok"));
		api.act("leader", code, "approve");
		api.act("officer", code, "return-at-counter").andExpect(jsonPath("$.state").value("RETURNED"));

		rate("officer", code, 5).andExpect(status().isForbidden());
		rate("citizen", code, 6)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("dossier.rating-range"));
		rate("citizen", code, 4).andExpect(status().isOk()).andExpect(jsonPath("$.rating").value(4));
		rate("citizen", code, 5).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("dossier.already-rated"));
	}

	@Test
	void filesAreReadByTheOwnerAndTheAgencyOnlyAndEachReadIsAudited() throws Exception {
		String code = api.submitPassport();
		String file = api.read(api.dossier("citizen", code)).get("attachments").get(0).get("id").asString();
		String url = "/api/v1/dossiers/" + code + "/files/" + file;

		mvc.perform(get(url).with(httpBasic("citizen", DossierApiClient.PASSWORD))).andExpect(status().isOk());
		mvc.perform(get(url).with(httpBasic("specialist", DossierApiClient.PASSWORD))).andExpect(status().isOk());
		mvc.perform(get(url).with(httpBasic("officer.caikhe", DossierApiClient.PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("dossier.not-found"));
		mvc.perform(get("/api/v1/dossiers/" + code + "/files/not-a-file")
			.with(httpBasic("citizen", DossierApiClient.PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("dossier.file-not-found"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'dossier.file.read' AND reference = :c")
			.param("c", code)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void uploadsNotAttachedInTimeAreDeleted() throws Exception {
		String kept = api.uploadPdf("citizen");
		String expired = api.read(api.upload("citizen", "anh.png", vn.gov.cantho.egov.dossier.domain.FileTypeSamples.PNG))
			.get("id")
			.asString();
		jdbc.sql("UPDATE dossier_file SET expires_at = :past WHERE id = :id")
			.param("past", OffsetDateTime.now(clock).minus(Duration.ofMinutes(1)))
			.param("id", expired)
			.update();

		assertThat(cleanup.deleteExpired()).isPositive();
		assertThat(jdbc.sql("SELECT id FROM dossier_file WHERE id IN (:ids)")
			.param("ids", java.util.List.of(kept, expired))
			.query(String.class)
			.list()).containsExactly(kept);
		api.submit("citizen", "k-" + expired, api.passport(expired).build())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("dossier.upload-not-found"));
	}

	@Test
	void theApiDocumentDescribesTheDossierEndpoints() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/dossiers")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/dossiers/{code}/actions/{action}")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/dossiers/{code}/status")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/uploads")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/stats/dossiers")))
			.andExpect(jsonPath("$.paths['/api/v1/dossiers/{code}/status'].get.security").isEmpty());
	}

	private ResultActions rate(String user, String code, int stars) throws Exception {
		return mvc.perform(post("/api/v1/dossiers/" + code + "/rating").with(httpBasic(user, DossierApiClient.PASSWORD))
			.contentType("application/json")
			.content("{\"stars\":" + stars + "}"));
	}
}
