package vn.gov.cantho.egov.feedback.web;

import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * One browser for MockMvc: keeps the session cookie between requests, so that what the pages keep in the (JDBC)
 * session, the flash attributes after a redirect included, is there on the next request as it would be in a browser.
 */
final class Visitor implements RequestPostProcessor {

	private final MockMvc mvc;
	private Cookie session;

	Visitor(MockMvc mvc) {
		this.mvc = mvc;
	}

	ResultActions perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		ResultActions result = mvc.perform(request.with(this));
		Cookie given = result.andReturn().getResponse().getCookie("SESSION");
		if (given != null) {
			session = given;
		}
		return result;
	}

	@Override
	public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
		if (session != null) {
			request.setCookies(session);
		}
		return request;
	}
}
