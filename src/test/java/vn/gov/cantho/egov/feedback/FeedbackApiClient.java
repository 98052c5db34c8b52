package vn.gov.cantho.egov.feedback;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The feedback API as visitors and the demo accounts call it (HTTP Basic, demo password), for integration tests.
 * Every item gets a fresh phone so that flood control of earlier runs on a shared database does not interfere.
 */
public final class FeedbackApiClient {

	public static final String PASSWORD = "demo1234";
	/** A pin in Cái Khế ward (31117), routed to UBND-CAIKHE for environmental sanitation. */
	public static final double CAI_KHE_LAT = 10.0458;
	public static final double CAI_KHE_LON = 105.7870;

	private final MockMvc mvc;
	private final JsonMapper json = JsonMapper.builder().build();

	public FeedbackApiClient(MockMvc mvc) {
		this.mvc = mvc;
	}

	/** A mobile number no earlier run used (random, 09 prefix). */
	public static String freshPhone() {
		return "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

	/** A small PNG that decodes. */
	public static byte[] png(int width, int height) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** An environmental-sanitation item in Cái Khế, as JSON fields; change what a test needs. */
	public static Map<String, Object> caiKhe(String title, String phone) {
		Map<String, Object> body = new HashMap<>();
		body.put("title", title);
		body.put("description", "Rác thải để ven đường nhiều ngày chưa thu gom (kiểm thử).");
		body.put("fieldCode", "VE-SINH-MOI-TRUONG");
		body.put("location", Map.of("latitude", CAI_KHE_LAT, "longitude", CAI_KHE_LON, "address",
				"Đường Hòa Bình", "unitCode", "31117"));
		body.put("reporter", phone == null ? Map.of("name", "Người phản ánh (kiểm thử)")
				: Map.of("name", "Người phản ánh (kiểm thử)", "phone", phone));
		body.put("attributes", Map.of("loai", List.of("rac-thai")));
		body.put("publicAllowed", true);
		return body;
	}

	public ResultActions uploadPhoto(String user, String uploadKey, String filename, byte[] content) throws Exception {
		var request = multipart("/api/v1/feedback/photos").file(new MockMultipartFile("file", filename, null, content));
		if (user != null) {
			request.with(httpBasic(user, PASSWORD));
		}
		if (uploadKey != null) {
			request.header("X-Upload-Key", uploadKey);
		}
		return mvc.perform(request);
	}

	public ResultActions submit(String user, String idempotencyKey, String uploadKey, Map<String, Object> body)
			throws Exception {
		MockHttpServletRequestBuilder request = post("/api/v1/feedback").contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body));
		if (user != null) {
			request.with(httpBasic(user, PASSWORD));
		}
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		if (uploadKey != null) {
			request.header("X-Upload-Key", uploadKey);
		}
		return mvc.perform(request);
	}

	/** An anonymous visitor files a Cái Khế item; returns its number. */
	public String fileCaiKhe(String title, String phone) throws Exception {
		return read(submit(null, UUID.randomUUID().toString(), null, caiKhe(title, phone))
			.andExpect(status().isCreated())).get("number").asString();
	}

	/** Filed, assigned to UBND-CAIKHE by the operator and answered by specialist.caikhe; returns its number. */
	public String answeredCaiKhe(String title, String phone, String answer) throws Exception {
		String number = fileCaiKhe(title, phone);
		act("operator", number, "assign", Map.of("agencyCode", "UBND-CAIKHE")).andExpect(status().isOk());
		act("specialist.caikhe", number, "resolve", Map.of("comment", answer)).andExpect(status().isOk());
		return number;
	}

	public ResultActions act(String user, String number, String action, Map<String, Object> body) throws Exception {
		return mvc.perform(post("/api/v1/feedback/" + number + "/actions/" + action).with(httpBasic(user, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)));
	}

	public ResultActions item(String user, String number) throws Exception {
		return mvc.perform(get("/api/v1/feedback/" + number).with(httpBasic(user, PASSWORD)));
	}

	public ResultActions follow(String number, String phone) throws Exception {
		return mvc.perform(post("/api/v1/feedback/" + number + "/follow").contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("phone", phone))));
	}

	public ResultActions reporter(String number, String action, Map<String, Object> body) throws Exception {
		return mvc.perform(post("/api/v1/feedback/" + number + "/reporter-actions/" + action)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)));
	}

	public ResultActions publicItem(String number) throws Exception {
		return mvc.perform(get("/api/v1/feedback/public/" + number));
	}

	public JsonNode read(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString());
	}
}
