package vn.gov.cantho.egov.procedure.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.gov.cantho.egov.IntegrationTest;

/** The catalogue's JSON API: open reads for apps, administrator writes, problem details naming each field. */
@IntegrationTest
class ProcedureApiTest {

	@Autowired
	MockMvc mvc;

	static RequestPostProcessor manager() {
		return user("catalogue.admin").authorities(() -> "PROCEDURE_MANAGE");
	}

	static String fresh() {
		return "API-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	static String body(String code, String nameVi) {
		return """
				{"code":"%s","nameVi":"%s","nameEn":"API test procedure","fieldCode":"CHUNG-THUC",
				 "level":"COMMUNE","agencyCode":"UBND-HUNGTHANH","timeLimit":{"kind":"WORKING_DAYS","workingDays":2},
				 "fee":{"kind":"PER_PAGE","amount":2000,"fullRatePages":2,"reducedAmount":1000,"cap":200000},
				 "onlineMode":"PARTIAL","resultForm":"PAPER","deliveries":["COUNTER"],
				 "documents":[{"code":"ban-sao","nameVi":"Bản sao","nameEn":"Copy","form":"COPY","copies":1,
				   "mandatory":true}],
				 "formFields":[{"key":"pages","labelVi":"Số trang","labelEn":"Pages","type":"NUMBER","required":true}],
				 "notes":"Kiểm thử"}""".formatted(code, nameVi);
	}

	@Test
	void anyoneSearchesWithoutAccents() throws Exception {
		mvc.perform(get("/api/v1/procedures").param("q", "ho chieu"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].code", hasItem("1.001456")))
			.andExpect(jsonPath("$.items[?(@.code == '1.001456')].agencyNameVi",
					contains("Phòng Quản lý xuất nhập cảnh - Công an thành phố")))
			.andExpect(jsonPath("$.items[?(@.code == '1.001456')].acceptsOnline", contains(true)))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(20));
	}

	@Test
	void filtersAndPagingTravelAsParameters() throws Exception {
		mvc.perform(get("/api/v1/procedures").param("agency", "UBND-CAIKHE")
			.param("level", "COMMUNE")
			.param("onlineMode", "NONE")
			.param("size", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.items[*].agencyCode", contains("UBND-CAIKHE", "UBND-CAIKHE")))
			.andExpect(jsonPath("$.items[*].onlineMode", contains("NONE", "NONE")));
		mvc.perform(get("/api/v1/procedures").param("size", "500"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("procedure.size-invalid"))
			.andExpect(jsonPath("$.field").value("size"));
		mvc.perform(get("/api/v1/procedures").param("level", "GALAXY"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("level"));
	}

	@Test
	void theDetailHasWhatAnAppNeedsToRenderTheForm() throws Exception {
		mvc.perform(get("/api/v1/procedures/1.001456"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.agencyCode").value("CA-XNC"))
			.andExpect(jsonPath("$.timeLimit.kind").value("WORKING_DAYS"))
			.andExpect(jsonPath("$.timeLimit.workingDays").value(8))
			.andExpect(jsonPath("$.fee.kind").value("FIXED"))
			.andExpect(jsonPath("$.fee.amount").value(200000))
			.andExpect(jsonPath("$.documents[0].mandatory").value(true))
			.andExpect(jsonPath("$.formFields[*].key", hasItem("citizenId")))
			.andExpect(jsonPath("$.formFields[?(@.key == 'citizenId')].pattern", contains("\\d{12}")))
			.andExpect(jsonPath("$.notes").isNotEmpty())
			.andExpect(jsonPath("$.version").isNumber());
		mvc.perform(get("/api/v1/procedures/NO-SUCH"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("procedure.not-found"));
	}

	@Test
	void anAdministratorCreatesAndChangesAProcedure() throws Exception {
		String code = fresh();
		mvc.perform(post("/api/v1/procedures").contentType(MediaType.APPLICATION_JSON)
			.content(body(code, "Thủ tục qua API"))
			.with(manager()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.active").value(true))
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.fee.cap").value(200000));
		mvc.perform(get("/api/v1/procedures").param("q", "thu tuc qua api"))
			.andExpect(jsonPath("$.items[*].code", hasItem(code)));

		mvc.perform(put("/api/v1/procedures/" + code).contentType(MediaType.APPLICATION_JSON)
			.content(body("IGNORED", "Thủ tục đã sửa").replace("\"notes\"", "\"version\":0,\"notes\""))
			.with(manager()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.nameVi").value("Thủ tục đã sửa"))
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(put("/api/v1/procedures/" + code).contentType(MediaType.APPLICATION_JSON)
			.content(body(code, "Sửa lần nữa").replace("\"notes\"", "\"version\":0,\"notes\""))
			.with(manager()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("procedure.changed-meanwhile"));

		mvc.perform(post("/api/v1/procedures/" + code + "/deactivate").with(manager()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false));
		mvc.perform(get("/api/v1/procedures").param("q", code))
			.andExpect(jsonPath("$.items[*].code", not(hasItem(code))));
	}

	@Test
	void brokenRulesComeBackAsOneProblemListingEveryField() throws Exception {
		String json = body(fresh(), "").replace("\"workingDays\":2", "\"workingDays\":0")
			.replace("\"copies\":1", "\"copies\":0");
		mvc.perform(post("/api/v1/procedures").contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "en")
			.content(json)
			.with(manager()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("procedure.value-required"))
			.andExpect(jsonPath("$.field").value("nameVi"))
			.andExpect(jsonPath("$.title").value("Please enter the Vietnamese name."))
			.andExpect(jsonPath("$.errors[*].field",
					containsInAnyOrder("nameVi", "timeLimit.workingDays", "documents[0].copies")))
			.andExpect(jsonPath("$.errors[?(@.field == 'documents[0].copies')].message",
					contains("The number of copies in row 1 must be between 1 and 20.")));
	}

	@Test
	void theOpenApiDocumentDescribesTheCatalogue() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/procedures'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/procedures'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/procedures/{code}'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/procedures/{code}'].put").exists());
	}

	@Test
	void writesNeedThePermission() throws Exception {
		String json = body(fresh(), "Không được tạo");
		mvc.perform(post("/api/v1/procedures").contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/procedures").contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.with(httpBasic("officer", "demo1234"))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/procedures/1.001456/deactivate").with(httpBasic("citizen", "demo1234")))
			.andExpect(status().isForbidden());
	}
}
