package vn.gov.cantho.egov.directory;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.gov.cantho.egov.IntegrationTest;

/** The read API on the demo map: the 2022 map with districts, the 2026 map without them, and the error shapes. */
@IntegrationTest
class DirectoryApiTest {

	private static final String[] DISTRICTS = { "916", "917", "918", "919", "923", "924", "925", "926", "927" };

	@Autowired
	MockMvc mvc;

	static RequestPostProcessor reader() {
		return user("citizen").authorities(() -> "DIRECTORY_READ");
	}

	@Test
	void in2022TheNineDistrictsAreUnderTheCity() throws Exception {
		mvc.perform(get("/api/v1/admin-units").param("at", "2022-01-01").param("parent", "92").with(reader()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code", hasItems(DISTRICTS)))
			.andExpect(jsonPath("$[?(@.code == '916')].name", hasItem("Quận Ninh Kiều")))
			.andExpect(jsonPath("$[?(@.code == '926')].name", hasItem("Huyện Phong Điền")))
			.andExpect(jsonPath("$[*].level", everyItem(is("DISTRICT"))))
			.andExpect(jsonPath("$[*].parentCode", everyItem(is("92"))));
	}

	@Test
	void in2022WardsAreUnderTheirDistrict() throws Exception {
		mvc.perform(get("/api/v1/admin-units").param("at", "2022-01-01").param("parent", "916").with(reader()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code", hasItems("31117", "31120", "31144", "31147")));
	}

	@Test
	void in2026NoDistrictsRemainAndWardsAreDirectlyUnderTheCity() throws Exception {
		mvc.perform(get("/api/v1/admin-units").param("at", "2026-01-01").param("parent", "92").with(reader()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].level", not(hasItem("DISTRICT"))))
			.andExpect(jsonPath("$[*].code", hasItems("31117", "31177", "31204", "31198")))
			.andExpect(jsonPath("$[*].code", not(hasItem("916"))))
			.andExpect(jsonPath("$[*].code", not(hasItem("31120"))))
			.andExpect(jsonPath("$[*].parentCode", everyItem(is("92"))));
	}

	@Test
	void topLevelIsTheCity() throws Exception {
		mvc.perform(get("/api/v1/admin-units").param("at", "2022-01-01").with(reader()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code", hasItem("92")))
			.andExpect(jsonPath("$[*].level", everyItem(is("PROVINCE"))));
	}

	@Test
	void oneUnitComesWithItsAncestorsOfThatDate() throws Exception {
		mvc.perform(get("/api/v1/admin-units/31204").param("at", "2022-01-01").with(reader()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unit.name").value("Phường Hưng Thạnh"))
			.andExpect(jsonPath("$.ancestors[0].code").value("919"))
			.andExpect(jsonPath("$.ancestors[1].code").value("92"));
		mvc.perform(get("/api/v1/admin-units/31204").param("at", "2026-01-01").with(reader()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ancestors.length()").value(1))
			.andExpect(jsonPath("$.ancestors[0].code").value("92"));
	}

	@Test
	void badDateIs400WithTheField() throws Exception {
		mvc.perform(get("/api/v1/admin-units").param("at", "01/07/2025").with(reader()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("invalid-parameter"))
			.andExpect(jsonPath("$.field").value("at"));
	}

	@Test
	void unknownParentIs404() throws Exception {
		mvc.perform(get("/api/v1/admin-units").param("parent", "no-such-unit").with(reader()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("directory.unit-not-found"))
			.andExpect(jsonPath("$.field").value("parent"));
	}

	@Test
	void parentThatNoLongerExistsIs404() throws Exception {
		mvc.perform(get("/api/v1/admin-units").param("at", "2026-01-01").param("parent", "916").with(reader()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("directory.unit-not-found"));
	}

	@Test
	void withoutTheAuthorityIs403() throws Exception {
		mvc.perform(get("/api/v1/admin-units").with(user("someone").authorities(() -> "AUDIT_VIEW")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("forbidden"));
	}

	@Test
	void anonymousIs401() throws Exception {
		mvc.perform(get("/api/v1/admin-units").with(SecurityMockMvcRequestPostProcessors.anonymous()))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("unauthenticated"));
	}

	@Test
	void agenciesOtherModulesRelyOnExist() throws Exception {
		mvc.perform(get("/api/v1/agencies").with(reader()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code", hasItems("UBND-TP", "VP-UBND", "TTPVHCC", "SYT", "STP", "SLDTBXH",
					"STTTT", "CA-XNC", "HQ-CT", "UBND-CAIKHE", "UBND-HUNGTHANH", "CA-TP", "SXD", "SNNMT")));
		mvc.perform(get("/api/v1/agencies/UBND-HUNGTHANH").with(reader()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unitCode").value("31204"))
			.andExpect(jsonPath("$.level").value("COMMUNE"))
			.andExpect(jsonPath("$.kind").value("PEOPLES_COMMITTEE"));
	}

	@Test
	void agenciesFilterByUnitAndKind() throws Exception {
		mvc.perform(get("/api/v1/agencies").param("unit", "92").param("kind", "DEPARTMENT").with(reader()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code", hasItems("STP", "SLDTBXH", "STTTT")))
			.andExpect(jsonPath("$[*].kind", everyItem(is("DEPARTMENT"))))
			.andExpect(jsonPath("$[*].unitCode", everyItem(is("92"))));
		mvc.perform(get("/api/v1/agencies").param("kind", "NOT-A-KIND").with(reader()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("kind"));
	}

	@Test
	void unknownAgencyIs404() throws Exception {
		mvc.perform(get("/api/v1/agencies/NO-SUCH").with(reader()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("directory.agency-not-found"));
	}

	@Test
	void fieldsAreListed() throws Exception {
		mvc.perform(get("/api/v1/fields").with(reader()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code", hasItems("HO-TICH", "XUAT-NHAP-CANH", "Y-TE")))
			.andExpect(jsonPath("$[?(@.code == 'HO-TICH')].nameEn", hasItem("Civil status")));
	}
}
