package vn.gov.cantho.egov.feedback.open311;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Service discovery (both XML and JSON, as its specification requires), at the root of the Open311 URLs and under
 * the v2 endpoint. The changeset is the time this node started: the service list can change with the fields an
 * administrator maintains, so a client refreshes its cached services at least after each deployment.
 */
@Controller
class DiscoveryEndpoint implements Open311Endpoint {

	static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";

	private final MessageSource messages;
	private final Instant changeset;
	private final boolean demo;

	DiscoveryEndpoint(MessageSource messages, Clock clock, @Value("${egov.demo:false}") boolean demo) {
		this.messages = messages;
		this.changeset = clock.instant();
		this.demo = demo;
	}

	@GetMapping({ "/open311/discovery.{format}", Open311Paths.V2 + "/discovery.{format}" })
	void discovery(@PathVariable String format, HttpServletResponse response, Locale locale) throws IOException {
		Format chosen = Params.format(format);
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
		try (Open311Output out = chosen.open(response, 200)) {
			out.startObject("discovery");
			out.time("changeset", changeset);
			out.string("contact", messages.getMessage("open311.discovery.contact", new Object[] { base }, locale));
			out.string("key_service",
					messages.getMessage("open311.discovery.key-service", new Object[] { base }, locale));
			out.startList("endpoints", "endpoint");
			out.startItem();
			out.string("specification", SPECIFICATION);
			out.string("url", base + Open311Paths.V2);
			out.time("changeset", changeset);
			// Demo data is not acted upon: a client must not take a demonstration server for the city's own.
			out.string("type", demo ? "test" : "production");
			out.startList("formats", "format");
			out.value(Format.XML.mediaType());
			out.value(Format.JSON.mediaType());
			out.endList();
			out.endItem();
			out.endList();
			out.endObject();
		}
	}
}
