package vn.gov.cantho.egov.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.cantho.egov.IntegrationTest;

/** The caller's own account and the officials of an agency, over HTTP Basic with the demo accounts. */
@IntegrationTest
class IdentityApiTest {

	@Autowired
	MockMvc mvc;

	@Test
	void meShowsTheCitizenWithAMaskedIdNumber() throws Exception {
		mvc.perform(get("/api/v1/me").with(httpBasic("citizen", "demo1234")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("citizen"))
			.andExpect(jsonPath("$.fullName").value("Nguyễn Văn An"))
			.andExpect(jsonPath("$.kind").value("CITIZEN"))
			.andExpect(jsonPath("$.idNumber").value("********1234"))
			.andExpect(jsonPath("$.roles").value(Matchers.contains("CITIZEN")))
			.andExpect(jsonPath("$.permissions")
				.value(Matchers.containsInAnyOrder("ACCOUNT_SELF", "DIRECTORY_READ", "DOSSIER_SUBMIT",
					"HEALTH_DECLARE", "HEALTH_VENUE_REGISTER")))
			.andExpect(jsonPath("$.scope").value("NONE"))
			.andExpect(jsonPath("$.agencyCode").doesNotExist());
	}

	@Test
	void meShowsTheOfficialsAgencyAndScope() throws Exception {
		mvc.perform(get("/api/v1/me").with(httpBasic("leader", "demo1234")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.agencyCode").value("CA-XNC"))
			.andExpect(jsonPath("$.roles").value(Matchers.contains("LEADER")))
			.andExpect(jsonPath("$.permissions").value(Matchers.hasItems("ACCOUNT_VIEW_AGENCY", "METRICS_VIEW")))
			.andExpect(jsonPath("$.scope").value("AGENCY_AND_BELOW"))
			.andExpect(jsonPath("$.idNumber").doesNotExist());
	}

	@Test
	void meNeedsValidCredentials() throws Exception {
		mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/me").with(httpBasic("citizen", "wrong-password")))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("unauthenticated"));
	}

	@Test
	void theLeaderSeesTheOfficialsOfHisAgency() throws Exception {
		mvc.perform(get("/api/v1/agencies/UBND-CAIKHE/officials").with(httpBasic("leader.caikhe", "demo1234")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].username")
				.value(Matchers.hasItems("officer.caikhe", "specialist.caikhe", "leader.caikhe")))
			.andExpect(jsonPath("$[*].agencyCode").value(Matchers.everyItem(Matchers.is("UBND-CAIKHE"))))
			.andExpect(jsonPath("$[0].phone").doesNotExist());
	}

	@Test
	void theLeaderMayNotSeeAnotherAgency() throws Exception {
		mvc.perform(get("/api/v1/agencies/SYT/officials").with(httpBasic("leader", "demo1234")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("identity.other-agency"));
		mvc.perform(get("/api/v1/agencies/CA-XNC/officials").with(httpBasic("leader.caikhe", "demo1234")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("identity.other-agency"));
	}

	@Test
	void citizensAndOtherOfficialsMayNotListOfficials() throws Exception {
		mvc.perform(get("/api/v1/agencies/UBND-CAIKHE/officials").with(httpBasic("citizen", "demo1234")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("forbidden"));
		mvc.perform(get("/api/v1/agencies/UBND-CAIKHE/officials").with(httpBasic("officer", "demo1234")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theAdministratorSeesEveryAgencyAndUnknownAgenciesAreNotFound() throws Exception {
		mvc.perform(get("/api/v1/agencies/SYT/officials").with(httpBasic("admin", "demo1234")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].username").value(Matchers.hasItems("health", "checkpoint")));
		mvc.perform(get("/api/v1/agencies/NO-SUCH-AGENCY/officials").with(httpBasic("admin", "demo1234")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("identity.unknown-agency"));
	}
}
