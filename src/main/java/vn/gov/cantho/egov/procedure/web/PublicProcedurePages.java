package vn.gov.cantho.egov.procedure.web;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import vn.gov.cantho.egov.procedure.DeliveryOption;
import vn.gov.cantho.egov.procedure.OnlineMode;
import vn.gov.cantho.egov.procedure.ProcedureLevel;
import vn.gov.cantho.egov.procedure.ProcedurePage;
import vn.gov.cantho.egov.procedure.domain.CatalogueService;
import vn.gov.cantho.egov.procedure.domain.ProcedureRecord;
import vn.gov.cantho.egov.shared.BusinessException;

/** The public catalogue: search with filters, and one procedure's page with the way to apply online. */
@Controller
class PublicProcedurePages {

	static final int PAGE_SIZE = 10;

	private final CatalogueService catalogue;
	private final DirectoryNames names;

	PublicProcedurePages(CatalogueService catalogue, DirectoryNames names) {
		this.catalogue = catalogue;
		this.names = names;
	}

	@GetMapping("/thu-tuc")
	String search(@ModelAttribute("search") SearchForm search, Model model, Locale locale) {
		ProcedurePage page = catalogue.search(search.query(PAGE_SIZE));
		model.addAttribute("page", page);
		model.addAttribute("pages", (int) Math.ceil((double) page.total() / PAGE_SIZE));
		model.addAttribute("agencyNames", names.agencies(locale));
		model.addAttribute("fieldNames", names.fields(locale));
		model.addAttribute("searchAgencies", names.activeAgencies());
		model.addAttribute("levels", ProcedureLevel.values());
		model.addAttribute("modes", OnlineMode.values());
		return "procedure/search";
	}

	@GetMapping("/thu-tuc/{code}")
	String procedure(@PathVariable String code, Model model, Locale locale) {
		ProcedureRecord record = catalogue.record(code)
			.orElseThrow(() -> BusinessException.notFound("procedure.not-found", "code", code));
		model.addAttribute("procedure", record.view());
		model.addAttribute("notes", record.notes());
		model.addAttribute("agency", names.agency(record.view().agencyCode()));
		model.addAttribute("field", names.field(record.view().fieldCode()));
		model.addAttribute("english", DirectoryNames.english(locale));
		// A set has no order; the page lists the ways of receiving the result in a stable one.
		model.addAttribute("deliveries",
				Arrays.stream(DeliveryOption.values()).filter(record.view().deliveries()::contains).toList());
		return "procedure/detail";
	}
}
