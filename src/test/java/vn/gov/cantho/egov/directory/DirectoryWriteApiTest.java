package vn.gov.cantho.egov.directory;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.gov.cantho.egov.IntegrationTest;

/**
 * Reorganisations, agencies and fields through the API. Units and agencies get fresh codes and future dates, so the
 * test also passes on a shared database that already holds earlier runs' data.
 */
@IntegrationTest
class DirectoryWriteApiTest {

	@Autowired
	MockMvc mvc;

	private static RequestPostProcessor admin() {
		return user("admin").authorities(() -> "UNIT_MANAGE", () -> "AGENCY_MANAGE", () -> "FIELD_MANAGE",
				() -> "DIRECTORY_READ");
	}

	private static String fresh(String prefix) {
		return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	private ResultActions reorganise(String json, RequestPostProcessor who) throws Exception {
		return mvc.perform(post("/api/v1/reorganisations").contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.with(who));
	}

	private void createWard(String code) throws Exception {
		reorganise("""
				{"kind":"CREATION","code":"%s","name":"Phường thử %s","level":"COMMUNE","parentCode":"92",
				 "effectiveOn":"2030-01-01","legalBasis":"Kiểm thử"}""".formatted(code, code), admin())
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("CREATION"));
	}

	@Test
	void mergeThroughTheApiKeepsTheEarlierMap() throws Exception {
		String a = fresh("A");
		String b = fresh("B");
		createWard(a);
		createWard(b);

		reorganise("""
				{"kind":"MERGE","mergedCodes":["%s","%s"],"successorCode":"%s","effectiveOn":"2031-01-01",
				 "legalBasis":"Kiểm thử sáp nhập"}""".formatted(a, b, b), admin())
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("MERGE"))
			.andExpect(jsonPath("$.units[?(@.role == 'MERGED')].unitCode", hasItem(a)));

		mvc.perform(get("/api/v1/admin-units/" + a).param("at", "2030-06-01").with(admin()))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/admin-units/" + a).param("at", "2031-06-01").with(admin()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("directory.unit-not-found"));
	}

	@Test
	void mergingIntoItselfIs422() throws Exception {
		reorganise("""
				{"kind":"MERGE","mergedCodes":["31117"],"successorCode":"31117","effectiveOn":"2031-01-01",
				 "legalBasis":"Kiểm thử"}""", admin())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("directory.merge-into-itself"))
			.andExpect(jsonPath("$.field").value("successorCode"));
	}

	@Test
	void missingLegalBasisIs422WithTheField() throws Exception {
		reorganise("""
				{"kind":"ABOLITION","level":"DISTRICT","effectiveOn":"2031-01-01"}""", admin())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("validation-failed"))
			.andExpect(jsonPath("$.errors[*].field", hasItem("legalBasis")));
	}

	@Test
	void unknownUnitIs404() throws Exception {
		reorganise("""
				{"kind":"RENAME","code":"NO-SUCH-UNIT","name":"X","effectiveOn":"2031-01-01","legalBasis":"Kiểm thử"}""",
				admin())
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("directory.unit-not-found"))
			.andExpect(jsonPath("$.field").value("code"));
	}

	@Test
	void readersCannotReorganise() throws Exception {
		reorganise("""
				{"kind":"ABOLITION","level":"COMMUNE","effectiveOn":"2031-01-01","legalBasis":"x"}""",
				user("citizen").authorities(() -> "DIRECTORY_READ"))
			.andExpect(status().isForbidden());
	}

	@Test
	void historyShowsTheAbolitionOfTheDistrictTier() throws Exception {
		mvc.perform(get("/api/v1/reorganisations").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.kind == 'ABOLITION' && @.effectiveOn == '2025-07-01')].units[*].unitCode",
					hasItem("916")));
	}

	@Test
	void agencyIsCreatedAndEditedWithItsTierFromTheUnit() throws Exception {
		String code = fresh("T-");
		mvc.perform(post("/api/v1/agencies").contentType(MediaType.APPLICATION_JSON).content("""
				{"code":"%s","name":"Cơ quan thử","nameEn":"Test agency","kind":"OTHER","unitCode":"31204"}"""
			.formatted(code)).with(admin()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.level").value("COMMUNE"))
			.andExpect(jsonPath("$.active").value(true));
		mvc.perform(put("/api/v1/agencies/" + code).contentType(MediaType.APPLICATION_JSON).content("""
				{"name":"Cơ quan thử","nameEn":"Test agency","kind":"DEPARTMENT","unitCode":"92","active":false}""")
			.with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.level").value("PROVINCE"))
			.andExpect(jsonPath("$.active").value(false));
	}

	@Test
	void badAgencyCodeAndDuplicateFieldAreRefused() throws Exception {
		mvc.perform(post("/api/v1/agencies").contentType(MediaType.APPLICATION_JSON).content("""
				{"code":"bad code","name":"x","nameEn":"x","kind":"OTHER","unitCode":"92"}""").with(admin()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("directory.agency-code-invalid"));
		mvc.perform(post("/api/v1/fields").contentType(MediaType.APPLICATION_JSON).content("""
				{"code":"HO-TICH","name":"Hộ tịch","nameEn":"Civil status"}""").with(admin()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("directory.field-exists"));
	}

	@Test
	void agencyWritesNeedTheirPermission() throws Exception {
		mvc.perform(post("/api/v1/agencies").contentType(MediaType.APPLICATION_JSON).content("{}")
			.with(user("u").authorities(() -> "UNIT_MANAGE", () -> "DIRECTORY_READ")))
			.andExpect(status().isForbidden());
	}
}
