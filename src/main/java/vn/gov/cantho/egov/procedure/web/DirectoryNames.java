package vn.gov.cantho.egov.procedure.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.directory.AgencyDirectory;
import vn.gov.cantho.egov.directory.AgencyView;
import vn.gov.cantho.egov.directory.FieldCatalogue;
import vn.gov.cantho.egov.directory.FieldView;

/** Names of agencies and fields in the reader's language, for pages and API answers that show codes. */
@Component
class DirectoryNames {

	private final AgencyDirectory agencies;
	private final FieldCatalogue fields;

	DirectoryNames(AgencyDirectory agencies, FieldCatalogue fields) {
		this.agencies = agencies;
		this.fields = fields;
	}

	/** Agency code to name, active agencies first, as the directory orders them. */
	Map<String, String> agencies(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		for (AgencyView a : agencies.agencies()) {
			names.put(a.code(), english(locale) ? a.nameEn() : a.name());
		}
		return names;
	}

	/** Codes of the agencies that may take new procedures (the active ones). */
	List<String> activeAgencies() {
		return agencies.agencies().stream().filter(AgencyView::active).map(AgencyView::code).toList();
	}

	/** Field code to name, by Vietnamese name. */
	Map<String, String> fields(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		for (FieldView f : fields.fields()) {
			names.put(f.code(), english(locale) ? f.nameEn() : f.name());
		}
		return names;
	}

	AgencyView agency(String code) {
		return agencies.agency(code).orElse(null);
	}

	FieldView field(String code) {
		return fields.field(code).orElse(null);
	}

	static boolean english(Locale locale) {
		return "en".equals(locale.getLanguage());
	}
}
