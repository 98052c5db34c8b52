package vn.gov.cantho.egov.feedback.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.gov.cantho.egov.feedback.FeedbackChannel;
import vn.gov.cantho.egov.feedback.FeedbackFieldView;
import vn.gov.cantho.egov.feedback.FeedbackFields;
import vn.gov.cantho.egov.feedback.FeedbackState;
import vn.gov.cantho.egov.feedback.FeedbackView;
import vn.gov.cantho.egov.feedback.Location;
import vn.gov.cantho.egov.feedback.Reporter;

/**
 * What POST /requests answers for each service type (the demo data has realtime and batch services, no blackbox one):
 * the id for realtime, the token for batch, neither for blackbox; the notice and account_id always.
 */
class SubmissionAnswerTest {

	@ParameterizedTest
	@CsvSource({ "realtime, PA-261127-0009, ", "batch, , tok-9", "blackbox, , " })
	void answerDependsOnTheServiceType(String type, String id, String token) throws Exception {
		FeedbackFieldView service = new FeedbackFieldView("DEMO", "Dịch vụ thử", "Test service", 3, "SXD", type, null,
				null, List.of());
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("open311.service.notice", Locale.forLanguageTag("vi"), "Trả lời trong {0} ngày.");
		Services services = new Services(fields(service), messages);
		Open311Submissions filed = new Open311Submissions(null, null, null, null, null, null) {
			@Override
			Filed submit(HttpServletRequest request, Locale locale) {
				return new Filed(service, item("PA-261127-0009", "tok-9"), "app-7");
			}
		};
		MockHttpServletResponse response = new MockHttpServletResponse();
		new SubmissionEndpoint(filed, services).submit("json", new MockHttpServletRequest(), response,
				Locale.forLanguageTag("vi"));

		JsonNode answer = JsonMapper.builder().build().readTree(response.getContentAsByteArray()).get(0);
		assertThat(answer.has("service_request_id")).isEqualTo(id != null);
		assertThat(answer.has("token")).isEqualTo(token != null);
		if (id != null) {
			assertThat(answer.get("service_request_id").asString()).isEqualTo(id);
		}
		if (token != null) {
			assertThat(answer.get("token").asString()).isEqualTo(token);
		}
		assertThat(answer.get("service_notice").asString()).isEqualTo("Trả lời trong 3 ngày.");
		assertThat(answer.get("account_id").asString()).isEqualTo("app-7");
	}

	private static FeedbackFields fields(FeedbackFieldView service) {
		return new FeedbackFields() {
			@Override
			public List<FeedbackFieldView> fields() {
				return List.of(service);
			}

			@Override
			public Optional<FeedbackFieldView> field(String fieldCode) {
				return Optional.of(service);
			}

			@Override
			public String agencyFor(String fieldCode, String unitCode) {
				return service.defaultAgency();
			}
		};
	}

	private static FeedbackView item(String number, String token) {
		return new FeedbackView(number, FeedbackChannel.OPEN311, FeedbackState.NEW, "t", "d", "DEMO", "SXD", null,
				Location.NONE, Reporter.ANONYMOUS, false, true, Map.of(), List.of(), null, null, null, false, null, null,
				null, null, null, 0, null, token, List.of(), List.of());
	}
}
