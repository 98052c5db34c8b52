package vn.gov.cantho.egov.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

class UploadLimitAdviceTest {

	private final UploadLimitAdvice advice;

	UploadLimitAdviceTest() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("error.too-large", Locale.ENGLISH, "The data sent is too large.");
		messages.addMessage("error.field", Locale.ENGLISH, "Field {0}: {1}");
		advice = new UploadLimitAdvice(new ProblemDetails(messages));
	}

	@Test
	void apiGetsACodedProblemNamingTheFile() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		Object answer = advice.tooLarge(new MaxUploadSizeExceededException(60L << 20), Locale.ENGLISH,
				new MockHttpServletRequest("POST", "/api/v1/uploads"), response);

		assertThat(answer).isInstanceOf(ResponseEntity.class);
		ResponseEntity<?> entity = (ResponseEntity<?>) answer;
		assertThat(entity.getStatusCode().value()).isEqualTo(413);
		ProblemDetail problem = (ProblemDetail) entity.getBody();
		assertThat(problem.getTitle()).isEqualTo("The data sent is too large.");
		assertThat(problem.getProperties()).containsEntry("code", "too-large").containsEntry("field", "file");
	}

	@Test
	void pagesGetTheErrorPageWithTheTranslatedMessage() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		Object answer = advice.tooLarge(new MaxUploadSizeExceededException(60L << 20), Locale.ENGLISH,
				new MockHttpServletRequest("POST", "/ho-so/nop/1.001456"), response);

		assertThat(answer).isInstanceOf(ModelAndView.class);
		assertThat(((ModelAndView) answer).getViewName()).isEqualTo("error");
		assertThat(((ModelAndView) answer).getModel()).containsEntry("messageKey", "error.too-large");
		assertThat(response.getStatus()).isEqualTo(413);
	}
}
