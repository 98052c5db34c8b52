package vn.gov.cantho.egov.feedback.open311;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import vn.gov.cantho.egov.feedback.open311.Open311Submissions.Filed;

/**
 * POST /requests (form-encoded, api_key required). The answer depends on the service type: a realtime service
 * answers with the service_request_id, a batch service with a token to exchange later at /tokens, a blackbox service
 * with neither. account_id is echoed as sent; it is not stored.
 */
@Controller
class SubmissionEndpoint implements Open311Endpoint {

	private final Open311Submissions submissions;
	private final Services services;

	SubmissionEndpoint(Open311Submissions submissions, Services services) {
		this.submissions = submissions;
		this.services = services;
	}

	@PostMapping(Open311Paths.V2 + "/requests.{format}")
	void submit(@PathVariable String format, HttpServletRequest request, HttpServletResponse response, Locale locale)
			throws IOException {
		Format chosen = Params.format(format);
		Filed filed = submissions.submit(request, locale);
		try (Open311Output out = chosen.open(response, 200)) {
			out.startList("service_requests", "request");
			out.startItem();
			switch (filed.service().open311Type()) {
				case "batch" -> out.string("token", filed.item().token());
				case "blackbox" -> {
					// the specification returns neither an id nor a token for a blackbox service
				}
				default -> out.string("service_request_id", filed.item().number());
			}
			out.string("service_notice", services.notice(filed.service(), locale));
			out.string("account_id", filed.accountId());
			out.endItem();
			out.endList();
		}
	}
}
