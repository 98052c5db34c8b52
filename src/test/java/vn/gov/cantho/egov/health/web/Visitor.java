package vn.gov.cantho.egov.health.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import jakarta.servlet.http.Cookie;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * One browser for MockMvc: keeps the session cookie between requests (what the pages keep in the JDBC session, flash
 * attributes and saved requests included, is there on the next request), optionally logged in as one account.
 */
final class Visitor {

	private final MockMvc mvc;
	private final UserDetails account;
	private Cookie session;

	Visitor(MockMvc mvc) {
		this(mvc, null);
	}

	Visitor(MockMvc mvc, UserDetails account) {
		this.mvc = mvc;
		this.account = account;
	}

	ResultActions perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		if (session != null) {
			request.cookie(session);
		}
		if (account != null) {
			request.with(user(account));
		}
		ResultActions result = mvc.perform(request);
		Cookie given = result.andReturn().getResponse().getCookie("SESSION");
		if (given != null) {
			session = given;
		}
		return result;
	}
}
