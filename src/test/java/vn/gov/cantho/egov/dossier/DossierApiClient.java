package vn.gov.cantho.egov.dossier;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dossier API as the demo accounts call it (HTTP Basic, demo password), for integration tests. Applications are
 * built with {@link DossierBuilder} and sent as JSON.
 */
public final class DossierApiClient {

	public static final String PASSWORD = "demo1234";
	/** A minimal PDF: only its first bytes matter to the checks. */
	public static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);
	/** The demo citizen's phone, as his dossiers are tracked with. */
	public static final String CITIZEN_PHONE = "0901234567";

	private final MockMvc mvc;
	private final JsonMapper json = JsonMapper.builder().build();

	public DossierApiClient(MockMvc mvc) {
		this.mvc = mvc;
	}

	public ResultActions upload(String user, String filename, byte[] content) throws Exception {
		return mvc.perform(multipart("/api/v1/uploads").file(new MockMultipartFile("file", filename, null, content))
			.with(httpBasic(user, PASSWORD)));
	}

	/** Uploads a PDF and returns its id. */
	public String uploadPdf(String user) throws Exception {
		return read(upload(user, "to-khai.pdf", PDF).andExpect(status().isCreated())).get("id").asString();
	}

	public ResultActions submit(String user, String idempotencyKey, DossierApplication application) throws Exception {
		var request = post("/api/v1/dossiers").with(httpBasic(user, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(application));
		return mvc.perform(idempotencyKey == null ? request : request.header("Idempotency-Key", idempotencyKey));
	}

	public ResultActions register(String user, String channel, DossierApplication application) throws Exception {
		Map<String, Object> body = json.convertValue(application, Map.class);
		Map<String, Object> withChannel = new HashMap<>(body);
		withChannel.put("channel", channel);
		return mvc.perform(post("/api/v1/dossiers/counter").with(httpBasic(user, PASSWORD))
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(withChannel)));
	}

	/** A passport application (procedure 1.001456 of CA-XNC) of the demo citizen with the mandatory file. */
	public DossierBuilder passport(String uploadId) {
		return DossierBuilder.aDossier()
			.procedure("1.001456")
			.applicant("Nguyễn Văn An (test)", CITIZEN_PHONE)
			.field("fullName", "Nguyễn Văn An")
			.field("dateOfBirth", "1995-03-12")
			.field("placeOfBirth", "Cần Thơ")
			.field("citizenId", "092095001234")
			.field("phone", CITIZEN_PHONE)
			.document("to-khai", uploadId);
	}

	/** The demo citizen submits a passport dossier; returns its code. */
	public String submitPassport() throws Exception {
		String upload = uploadPdf("citizen");
		return read(submit("citizen", UUID.randomUUID().toString(), passport(upload).build())
			.andExpect(status().isCreated())).get("code").asString();
	}

	public ResultActions act(String user, String code, String action, Map<String, Object> body) throws Exception {
		return mvc.perform(post("/api/v1/dossiers/" + code + "/actions/" + action).with(httpBasic(user, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)));
	}

	public ResultActions act(String user, String code, String action) throws Exception {
		return act(user, code, action, Map.of());
	}

	public ResultActions dossier(String user, String code) throws Exception {
		return mvc.perform(get("/api/v1/dossiers/" + code).with(httpBasic(user, PASSWORD)));
	}

	public ResultActions publicStatus(String code, String phone) throws Exception {
		return mvc.perform(get("/api/v1/dossiers/" + code + "/status").param("phone", phone));
	}

	/**
	 * Whether dossier {@code code} is on any page of {@code user}'s queue with these filters (name, value, ...);
	 * every line seen must pass {@code check}. The database may hold earlier runs' dossiers (PostgreSQL), which come
	 * first, so one page proves nothing either way.
	 */
	public boolean inQueue(String user, String code, java.util.function.Predicate<JsonNode> check, String... filters)
			throws Exception {
		for (int page = 0;; page++) {
			var request = get("/api/v1/dossiers").param("page", String.valueOf(page))
				.param("size", "100")
				.with(httpBasic(user, PASSWORD));
			for (int i = 0; i + 1 < filters.length; i += 2) {
				request.param(filters[i], filters[i + 1]);
			}
			JsonNode answer = read(mvc.perform(request).andExpect(status().isOk()));
			boolean found = false;
			for (JsonNode item : answer.get("items")) {
				if (!check.test(item)) {
					throw new AssertionError("queue line does not pass the check: " + item);
				}
				found |= item.get("code").asString().equals(code);
			}
			if (found) {
				return true;
			}
			if ((long) (page + 1) * 100 >= answer.get("total").asLong()) {
				return false;
			}
		}
	}

	public JsonNode read(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}
}
