package vn.gov.cantho.egov.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import vn.gov.cantho.egov.procedure.DeliveryOption;
import vn.gov.cantho.egov.procedure.FormField;
import vn.gov.cantho.egov.procedure.ProcedureView;
import vn.gov.cantho.egov.procedure.RequiredDocument;

/**
 * Drives the application pages like a browser would: one session per applicant, the form's own idempotency key, a
 * value for every field of the procedure and a small real PDF for every mandatory document.
 */
final class DossierPages {

	static final String PASSPORT = "1.001456";
	static final String CITIZEN_PHONE = "0901234567";

	private static final Pattern KEY = Pattern.compile("name=\"key\" value=\"([^\"]+)\"");
	private static final Pattern CODE = Pattern.compile("/(?:ho-so|mot-cua/ho-so)/([^/]+)/bien-nhan");

	private DossierPages() {
	}

	/** A minimal PDF (one empty page) that any reader opens. */
	static byte[] pdf() {
		String body = """
				%PDF-1.4
				1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
				2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
				3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
				trailer << /Root 1 0 R >>
				%%EOF
				""";
		return body.getBytes(StandardCharsets.US_ASCII);
	}

	static MockMultipartFile file(String documentCode, String filename, byte[] content) {
		return new MockMultipartFile("file-" + documentCode, filename, "application/octet-stream", content);
	}

	/** A value of the right type for a field, within its pattern for the demo procedures. */
	static String valueFor(FormField field) {
		return switch (field.type()) {
			case DATE -> "1995-09-20";
			case PHONE -> CITIZEN_PHONE;
			case EMAIL -> "citizen@demo.egov.cantho.gov.vn";
			case NUMBER -> "1";
			case CITIZEN_ID -> "092095001234";
			case CHOICE -> field.options().get(0);
			case TEXT, TEXTAREA -> "Nguyễn Văn An (kiểm thử)";
		};
	}

	/** The form's idempotency key, as the browser would post it back. */
	static String keyOf(String html) {
		Matcher matcher = KEY.matcher(html);
		assertThat(matcher.find()).as("idempotency key on the form").isTrue();
		return matcher.group(1);
	}

	static String codeOf(String redirect) {
		Matcher matcher = CODE.matcher(redirect);
		assertThat(matcher.find()).as("receipt address in %s", redirect).isTrue();
		return matcher.group(1);
	}

	/** The complete form of the procedure: every field, a PDF for each mandatory document, delivery at the counter. */
	static MockMultipartHttpServletRequestBuilder completeForm(String url, ProcedureView procedure, String key,
			UserDetails who, Visitor session) {
		return completeForm(url, procedure, key, who, session, true);
	}

	/** The same, with or without the files (those uploaded earlier stay with the form's draft). */
	static MockMultipartHttpServletRequestBuilder completeForm(String url, ProcedureView procedure, String key,
			UserDetails who, Visitor session, boolean withFiles) {
		MockMultipartHttpServletRequestBuilder request = multipart(url);
		procedure.formFields().forEach(f -> request.param("values[" + f.key() + "]", valueFor(f)));
		for (RequiredDocument document : procedure.documents()) {
			if (withFiles && document.mandatory()) {
				request.file(file(document.code(), document.code() + ".pdf", pdf()));
			}
		}
		request.param("key", key)
			.param("fullName", "Nguyễn Văn An")
			.param("phone", CITIZEN_PHONE)
			.param("address", "Phường Cái Khế, Cần Thơ")
			.param("delivery", procedure.deliveries().contains(DeliveryOption.COUNTER) ? "COUNTER"
					: procedure.deliveries().iterator().next().name());
		request.with(user(who)).with(csrf()).with(session);
		return request;
	}

	/** The whole online journey of a citizen up to the receipt; returns the dossier code. */
	static String submitOnline(MockMvc mvc, ProcedureView procedure, UserDetails citizen) throws Exception {
		Visitor session = new Visitor(mvc);
		String base = "/ho-so/nop/" + procedure.code();
		String key = keyOf(session.perform(get(base).with(user(citizen))).andReturn().getResponse().getContentAsString());
		session.perform(completeForm(base, procedure, key, citizen, session));
		MvcResult confirmed = session.perform(post(base + "/xac-nhan").param("k", key).with(user(citizen)).with(csrf()))
			.andReturn();
		return codeOf(confirmed.getResponse().getRedirectedUrl());
	}

	/**
	 * One browser: keeps the session cookie between requests, as the pages' drafts live in the (JDBC) session that
	 * the cookie names.
	 */
	static final class Visitor implements RequestPostProcessor {

		private final MockMvc mvc;
		private Cookie session;

		Visitor(MockMvc mvc) {
			this.mvc = mvc;
		}

		ResultActions perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
			ResultActions result = mvc.perform(request.with(this));
			Cookie given = result.andReturn().getResponse().getCookie("SESSION");
			if (given != null) {
				session = given;
			}
			return result;
		}

		@Override
		public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
			if (session != null) {
				request.setCookies(session);
			}
			return request;
		}
	}
}
