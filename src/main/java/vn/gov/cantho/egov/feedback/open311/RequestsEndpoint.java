package vn.gov.cantho.egov.feedback.open311;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.gov.cantho.egov.feedback.open311.Open311Failure.Reason;
import vn.gov.cantho.egov.feedback.open311.PublicRequest.Full;

/**
 * Reading service requests: the filtered list, one request (a list of one, as the specification shows it) and the
 * request filed with a batch token. Public: these answers never name or reach the reporter.
 */
@Controller
class RequestsEndpoint implements Open311Endpoint {

	private final RequestFilters filters;
	private final RequestReader reader;
	private final RequestWriter writer;
	private final Params params;

	RequestsEndpoint(RequestFilters filters, RequestReader reader, RequestWriter writer, Params params) {
		this.filters = filters;
		this.reader = reader;
		this.writer = writer;
		this.params = params;
	}

	@GetMapping(Open311Paths.V2 + "/requests.{format}")
	void list(@PathVariable String format, HttpServletRequest request, HttpServletResponse response, Locale locale)
			throws IOException {
		Format chosen = Params.format(format);
		RequestFilter filter = filters.read(request);
		List<Full> found = reader.find(filter);
		try (Open311Output out = chosen.open(response, 200)) {
			writer.write(out, found, filter.extensions(), locale);
		}
	}

	@GetMapping(Open311Paths.V2 + "/requests/{id}.{format}")
	void one(@PathVariable String id, @PathVariable String format, HttpServletRequest request,
			HttpServletResponse response, Locale locale) throws IOException {
		Format chosen = Params.format(format);
		params.checkJurisdiction(request);
		boolean extensions = "true".equalsIgnoreCase(Params.optional(request, "extensions"));
		Full found = reader.one(id, extensions)
			.orElseThrow(() -> Open311Failure.of(Reason.notFound("error.open311.request-not-found", id)));
		try (Open311Output out = chosen.open(response, 200)) {
			writer.write(out, List.of(found), extensions, locale);
		}
	}

	@GetMapping(Open311Paths.V2 + "/tokens/{token}.{format}")
	void token(@PathVariable String token, @PathVariable String format, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		Format chosen = Params.format(format);
		params.checkJurisdiction(request);
		String number = reader.numberOfToken(token)
			.orElseThrow(() -> Open311Failure.of(Reason.notFound("error.open311.token-not-found", token)));
		try (Open311Output out = chosen.open(response, 200)) {
			out.startList("service_requests", "request");
			out.startItem();
			out.string("service_request_id", number);
			out.string("token", token);
			out.endItem();
			out.endList();
		}
	}
}
