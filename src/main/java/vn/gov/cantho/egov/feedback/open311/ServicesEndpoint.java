package vn.gov.cantho.egov.feedback.open311;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.gov.cantho.egov.feedback.FeedbackFieldView;
import vn.gov.cantho.egov.feedback.FeedbackFieldView.AttributeValue;
import vn.gov.cantho.egov.feedback.FeedbackFieldView.FieldAttribute;
import vn.gov.cantho.egov.feedback.open311.Open311Failure.Reason;

/**
 * The service list and the service definitions: each active field that takes feedback is a service (its code is the
 * service_code), and its extra questions are the attributes. Names and descriptions follow the caller's language.
 */
@Controller
class ServicesEndpoint implements Open311Endpoint {

	private final Services services;
	private final Params params;
	private final MessageSource messages;

	ServicesEndpoint(Services services, Params params, MessageSource messages) {
		this.services = services;
		this.params = params;
		this.messages = messages;
	}

	@GetMapping(Open311Paths.V2 + "/services.{format}")
	void services(@PathVariable String format, HttpServletRequest request, HttpServletResponse response,
			Locale locale) throws IOException {
		Format chosen = Params.format(format);
		params.checkJurisdiction(request);
		List<FeedbackFieldView> fields = services.all();
		try (Open311Output out = chosen.open(response, 200)) {
			out.startList("services", "service");
			for (FeedbackFieldView field : fields) {
				out.startItem();
				out.string("service_code", field.code());
				out.string("service_name", Services.name(field, locale));
				out.string("description", services.description(field, locale));
				out.bool("metadata", !field.attributes().isEmpty());
				out.string("type", field.open311Type());
				out.string("keywords", field.keywords());
				out.string("group", field.group());
				out.endItem();
			}
			out.endList();
		}
	}

	@GetMapping(Open311Paths.V2 + "/services/{code}.{format}")
	void definition(@PathVariable String code, @PathVariable String format, HttpServletRequest request,
			HttpServletResponse response, Locale locale) throws IOException {
		Format chosen = Params.format(format);
		params.checkJurisdiction(request);
		FeedbackFieldView field = services.find(code)
			.orElseThrow(() -> Open311Failure.of(Reason.notFound("error.open311.service-not-found", code)));
		try (Open311Output out = chosen.open(response, 200)) {
			out.startObject("service_definition");
			out.string("service_code", field.code());
			out.startList("attributes", "attribute");
			int order = 0;
			for (FieldAttribute attribute : Services.ordered(field)) {
				out.startItem();
				// Every question of a field asks the reporter for an answer; none is a mere explanation.
				out.bool("variable", true);
				out.string("code", attribute.code());
				out.string("datatype", attribute.datatype());
				out.bool("required", attribute.required());
				out.string("datatype_description",
						messages.getMessage("open311.datatype." + attribute.datatype(), null, locale));
				// Positive and distinct, as the specification asks, whatever numbers the administrators chose.
				out.integer("order", ++order);
				out.string("description", Services.english(locale) && attribute.descriptionEn() != null
						? attribute.descriptionEn() : attribute.descriptionVi());
				if (Services.isList(attribute)) {
					out.startList("values", "value");
					for (AttributeValue value : attribute.values()) {
						out.startItem();
						out.string("key", value.key());
						out.string("name", Services.english(locale) && value.nameEn() != null ? value.nameEn()
								: value.nameVi());
						out.endItem();
					}
					out.endList();
				}
				out.endItem();
			}
			out.endList();
			out.endObject();
		}
	}
}
