package vn.gov.cantho.egov.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login form; Spring Security processes its POST and sends failures back with {@code ?error=<reason>}. Only the
 * two known reasons are shown, so the page never echoes request text.
 */
@Controller
class LoginPage {

	@GetMapping("/dang-nhap")
	String login(@RequestParam(required = false) String error, Model model) {
		if (error != null) {
			model.addAttribute("loginError",
					"locked".equals(error) ? "identity.login.locked" : "identity.login.bad-credentials");
		}
		return "identity/login";
	}
}
