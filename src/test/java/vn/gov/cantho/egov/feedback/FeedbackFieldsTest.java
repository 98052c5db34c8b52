package vn.gov.cantho.egov.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.feedback.FeedbackFieldView.AttributeValue;
import vn.gov.cantho.egov.feedback.FeedbackFieldView.FieldAttribute;
import vn.gov.cantho.egov.feedback.domain.FieldConfiguration;
import vn.gov.cantho.egov.feedback.domain.FieldDefinition;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Fields as data: routing by the most specific unit (the ward, then its parent on today's map, then the default),
 * questions, who may configure, every broken rule at once.
 */
@IntegrationTest
class FeedbackFieldsTest {

	@Autowired
	FeedbackFields fields;

	@Autowired
	FieldConfiguration configuration;

	@Autowired
	UserDetailsService users;

	@Autowired
	MockMvc mvc;


	@Test
	void theMostSpecificRoutingWins() throws Exception {
		assertThat(fields.agencyFor("VE-SINH-MOI-TRUONG", "31117")).isEqualTo("UBND-CAIKHE");
		assertThat(fields.agencyFor("VE-SINH-MOI-TRUONG", "31204")).isEqualTo("UBND-HUNGTHANH");
		assertThat(fields.agencyFor("VE-SINH-MOI-TRUONG", "31144")).isEqualTo("SNNMT");
		assertThat(fields.agencyFor("VE-SINH-MOI-TRUONG", null)).isEqualTo("SNNMT");
		assertThat(fields.agencyFor("Y-TE", "31117")).isEqualTo("SYT");
		assertThat(fields.agencyFor("NO-SUCH", "31117")).isNull();

		String code = "TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		mvc.perform(post("/api/v1/fields").with(httpBasic("admin", FeedbackApiClient.PASSWORD))
			.contentType("application/json")
			.content("{\"code\":\"" + code + "\",\"name\":\"Lĩnh vực thử\",\"nameEn\":\"Test field\"}"))
			.andExpect(status().isCreated());
		FieldDefinition definition = new FieldDefinition(code, 3, "STP", "blackbox", "thu", "Thử", 99, true,
				Map.of("92", "UBND-TP", "31117", "UBND-CAIKHE"),
				List.of(new FieldAttribute("muc", "singlevaluelist", true, "Mức", "Level", 1,
						List.of(new AttributeValue("cao", "Cao", "High"), new AttributeValue("thap", "Thấp", "Low")))));
		assertThatThrownBy(() -> as("operator", () -> configuration.save(definition)))
			.isInstanceOf(BusinessException.class)
			.hasMessageContaining("forbidden");
		FeedbackFieldView saved = as("admin", () -> configuration.save(definition));
		assertThat(saved.name()).isEqualTo("Lĩnh vực thử");
		assertThat(saved.attributes()).extracting(FieldAttribute::code).containsExactly("muc");
		assertThat(saved.attributes().get(0).values()).extracting(AttributeValue::key).containsExactly("cao", "thap");
		assertThat(fields.agencyFor(code, "31117")).isEqualTo("UBND-CAIKHE");
		assertThat(fields.agencyFor(code, "31144")).as("the ward's parent, the city, today").isEqualTo("UBND-TP");
		assertThat(fields.agencyFor(code, null)).isEqualTo("STP");
		as("admin", () -> configuration.save(new FieldDefinition(code, 3, "STP", "blackbox", null, null, 99, false,
				Map.of(), List.of())));
		assertThat(fields.field(code)).as("inactive fields take no feedback").isEmpty();

		BusinessException broken = org.junit.jupiter.api.Assertions.assertThrows(BusinessException.class,
				() -> as("admin", () -> configuration.save(new FieldDefinition("NO-SUCH", 0, "NONE", "sometimes", null,
						null, 1, true, Map.of("00000", "NONE"), List.of()))));
		assertThat(broken.errors()).extracting(BusinessException::field)
			.contains("code", "deadlineDays", "defaultAgency", "open311Type", "routing.00000");
	}

	private <T> T as(String username, Supplier<T> work) {
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		UserDetails user = users.loadUserByUsername(username);
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}
