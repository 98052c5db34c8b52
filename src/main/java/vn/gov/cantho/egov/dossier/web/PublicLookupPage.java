package vn.gov.cantho.egov.dossier.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.gov.cantho.egov.dossier.DossierManagement;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Anyone may follow a dossier with its code and the applicant's phone number. The phone is posted, not put in the
 * address, so it stays out of browser history and access logs; an unknown code and a wrong phone get the same answer.
 */
@Controller
@RequestMapping("/tra-cuu")
class PublicLookupPage {

	static final String NOT_FOUND = "dossier.web.lookup-not-found";
	static final String MISSING = "dossier.web.lookup-missing";

	private final DossierManagement dossiers;

	PublicLookupPage(DossierManagement dossiers) {
		this.dossiers = dossiers;
	}

	@GetMapping
	String form(@RequestParam(defaultValue = "") String code, Model model) {
		model.addAttribute("code", code.trim());
		return "dossier/lookup";
	}

	@PostMapping
	String lookUp(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String phone,
			Model model) {
		String trimmedCode = code.trim();
		model.addAttribute("code", trimmedCode);
		if (trimmedCode.isEmpty() || phone.isBlank()) {
			model.addAttribute("problem", MISSING);
			model.addAttribute("problemField", trimmedCode.isEmpty() ? "code" : "phone");
			return "dossier/lookup";
		}
		try {
			model.addAttribute("status", dossiers.publicStatus(trimmedCode, phone.replace(" ", "").replace(".", "")));
		}
		catch (BusinessException e) {
			if (e.status() == HttpStatus.NOT_FOUND) {
				model.addAttribute("problem", NOT_FOUND);
				model.addAttribute("problemField", "code");
			}
			else if (e.status().is4xxClientError()) {
				model.addAttribute("problem", e.code());
				model.addAttribute("problemField", "phone".equals(e.field()) ? "phone" : "code");
			}
			else {
				throw e;
			}
		}
		return "dossier/lookup";
	}
}
