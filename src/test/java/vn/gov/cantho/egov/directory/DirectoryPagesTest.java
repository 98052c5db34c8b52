package vn.gov.cantho.egov.directory;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.gov.cantho.egov.IntegrationTest;

/** The administration pages: the map on a chosen date, the reorganisation form, agencies and fields. */
@IntegrationTest
class DirectoryPagesTest {

	@Autowired
	MockMvc mvc;

	private static RequestPostProcessor admin(String permission) {
		return user("admin").authorities(() -> permission);
	}

	@Test
	void theMapOf2022ShowsDistrictsAndTheMapOf2026DoesNot() throws Exception {
		mvc.perform(get("/quan-tri/don-vi").param("at", "2022-01-01").with(admin("UNIT_MANAGE")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Quận Ninh Kiều"), containsString("Phường Cái Khế"),
					containsString("Huyện Thới Lai"), containsString("Nghị quyết 202/2025/QH15"))));
		mvc.perform(get("/quan-tri/don-vi").param("at", "2026-01-01").with(admin("UNIT_MANAGE")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Phường Cái Khế"), not(containsString("Quận Ninh Kiều")),
					not(containsString("Phường An Hòa")))));
	}

	@Test
	void pagesSwitchToEnglish() throws Exception {
		mvc.perform(get("/quan-tri/don-vi").param("lang", "en").with(admin("UNIT_MANAGE")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Map of administrative units")));
	}

	@Test
	void pagesNeedTheirPermission() throws Exception {
		mvc.perform(get("/quan-tri/don-vi").with(admin("DIRECTORY_READ"))).andExpect(status().isForbidden());
		mvc.perform(get("/quan-tri/co-quan").with(admin("UNIT_MANAGE"))).andExpect(status().isForbidden());
		mvc.perform(get("/quan-tri/linh-vuc").with(admin("AGENCY_MANAGE"))).andExpect(status().isForbidden());
		mvc.perform(get("/quan-tri/don-vi"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/dang-nhap"));
	}

	@Test
	void aRefusedReorganisationShowsTheErrorAndKeepsTheInput() throws Exception {
		mvc.perform(post("/quan-tri/don-vi/sap-xep").with(csrf())
			.with(admin("UNIT_MANAGE"))
			.param("kind", "MERGE")
			.param("mergedCodes", "31117")
			.param("successorCode", "31117")
			.param("effectiveOn", "2031-01-01")
			.param("legalBasis", "Căn cứ thử"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("error-summary"), containsString("#successorCode"),
					containsString("Không thể sáp nhập đơn vị &quot;31117&quot; vào chính nó."),
					containsString("Căn cứ thử"))));
	}

	@Test
	void aMissingDateIsAFieldError() throws Exception {
		mvc.perform(post("/quan-tri/don-vi/sap-xep").with(csrf())
			.with(admin("UNIT_MANAGE"))
			.param("kind", "ABOLITION")
			.param("level", "DISTRICT")
			.param("effectiveOn", "")
			.param("legalBasis", "x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("#effectiveOn")));
	}

	@Test
	void agenciesAreListedAndEditable() throws Exception {
		mvc.perform(get("/quan-tri/co-quan").with(admin("AGENCY_MANAGE")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("UBND-TP"), containsString("Sở Y tế"))));
		mvc.perform(get("/quan-tri/co-quan/UBND-NINHKIEU").with(admin("AGENCY_MANAGE")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("916 – Quận Ninh Kiều")));
		String code = "P-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		mvc.perform(post("/quan-tri/co-quan/moi").with(csrf())
			.with(admin("AGENCY_MANAGE"))
			.param("code", code)
			.param("name", "Cơ quan thử")
			.param("nameEn", "Test agency")
			.param("kind", "OTHER")
			.param("unitCode", "92")
			.param("active", "true"))
			.andExpect(redirectedUrl("/quan-tri/co-quan"));
		mvc.perform(post("/quan-tri/co-quan/moi").with(csrf())
			.with(admin("AGENCY_MANAGE"))
			.param("code", code)
			.param("name", "")
			.param("nameEn", "x")
			.param("kind", "OTHER")
			.param("unitCode", "92"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("error-summary")));
	}

	@Test
	void fieldsAreListedAndCreated() throws Exception {
		mvc.perform(get("/quan-tri/linh-vuc").with(admin("FIELD_MANAGE")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Hộ tịch"), containsString("Xuất nhập cảnh"))));
		String code = "F-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		mvc.perform(post("/quan-tri/linh-vuc/moi").with(csrf())
			.with(admin("FIELD_MANAGE"))
			.param("code", code)
			.param("name", "Lĩnh vực thử")
			.param("nameEn", "Test field"))
			.andExpect(redirectedUrl("/quan-tri/linh-vuc"));
		mvc.perform(get("/quan-tri/linh-vuc/" + code).with(admin("FIELD_MANAGE")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lĩnh vực thử")));
		mvc.perform(get("/quan-tri/linh-vuc/NO-SUCH-FIELD").with(admin("FIELD_MANAGE")))
			.andExpect(status().isNotFound());
	}

	@Test
	void abolishingATierThatNoLongerExistsIsRefusedOnTheForm() throws Exception {
		mvc.perform(post("/quan-tri/don-vi/sap-xep").with(csrf())
			.with(admin("UNIT_MANAGE"))
			.param("kind", "ABOLITION")
			.param("level", "DISTRICT")
			.param("effectiveOn", "2026-01-01")
			.param("legalBasis", "x"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("#level"), containsString("Không có đơn vị cấp"))));
	}

	@Test
	void aMergerThroughTheFormShowsTheMapOnItsDay() throws Exception {
		String a = "A" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		String b = "B" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		for (String code : new String[] { a, b }) {
			mvc.perform(post("/api/v1/reorganisations").contentType(MediaType.APPLICATION_JSON).content("""
					{"kind":"CREATION","code":"%s","name":"Phường thử","level":"COMMUNE","parentCode":"92",
					 "effectiveOn":"2032-01-01","legalBasis":"Kiểm thử"}""".formatted(code))
				.with(admin("UNIT_MANAGE"))).andExpect(status().isCreated());
		}
		mvc.perform(post("/quan-tri/don-vi/sap-xep").with(csrf())
			.with(admin("UNIT_MANAGE"))
			.param("kind", "MERGE")
			.param("mergedCodes", a + ", " + b)
			.param("successorCode", b)
			.param("effectiveOn", "2033-01-01")
			.param("legalBasis", "Kiểm thử sáp nhập qua biểu mẫu"))
			.andExpect(redirectedUrl("/quan-tri/don-vi?at=2033-01-01"));
	}
}
