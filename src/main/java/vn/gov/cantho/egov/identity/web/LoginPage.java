package vn.gov.cantho.egov.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login form; Spring Security processes its POST and sends failures back with {@code ?error=<reason>}. */
@Controller
class LoginPage {

	@GetMapping("/dang-nhap")
	String login() {
		return "identity/login";
	}
}
