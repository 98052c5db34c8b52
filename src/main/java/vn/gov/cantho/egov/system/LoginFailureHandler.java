package vn.gov.cantho.egov.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/** Sends a failed login back to the login page with a reason code the page translates (never the username). */
class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

	private final String loginPage;

	LoginFailureHandler(String loginPage) {
		this.loginPage = loginPage;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String reason = exception instanceof LockedException ? "locked" : "bad-credentials";
		getRedirectStrategy().sendRedirect(request, response, loginPage + "?error=" + reason);
	}
}
