package vn.gov.cantho.egov.procedure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.procedure.ProcedureCatalogue;
import vn.gov.cantho.egov.procedure.ProcedureView;

/** The public catalogue pages and the administration form, in both languages. */
@IntegrationTest
class ProcedurePagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProcedureCatalogue catalogue;

	static RequestPostProcessor manager() {
		return user("admin").authorities(() -> "PROCEDURE_MANAGE");
	}

	static String fresh() {
		return "PAGE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	/**
	 * A complete procedure form as a browser posts it: one document row, a blank one, one form field row, checkbox
	 * markers. Pairs of name and value in {@code changes} replace (or add) parameters.
	 */
	static MockHttpServletRequestBuilder filledForm(String url, String code, String nameVi, String... changes) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("code", code);
		form.put("nameVi", nameVi);
		form.put("nameEn", "Page test procedure");
		form.put("fieldCode", "HO-TICH");
		form.put("level", "COMMUNE");
		form.put("agencyCode", "UBND-CAIKHE");
		form.put("timeLimit.kind", "WORKING_DAYS");
		form.put("timeLimit.workingDays", "5");
		form.put("fee.kind", "FIXED");
		form.put("fee.amount", "20.000");
		form.put("fee.onlineAmount", "10000");
		form.put("onlineMode", "FULL");
		form.put("resultForm", "PAPER_AND_ELECTRONIC");
		form.put("_deliveries", "on");
		form.put("documents[0].nameVi", "Tờ khai");
		form.put("documents[0].nameEn", "Form");
		form.put("documents[0].code", "");
		form.put("documents[0].form", "ORIGINAL");
		form.put("documents[0].copies", "1");
		form.put("documents[0].mandatory", "true");
		form.put("_documents[0].mandatory", "on");
		form.put("documents[1].nameVi", "");
		form.put("documents[1].nameEn", "");
		form.put("documents[1].copies", "1");
		form.put("formFields[0].labelVi", "Giới tính");
		form.put("formFields[0].labelEn", "Sex");
		form.put("formFields[0].type", "CHOICE");
		form.put("formFields[0].options", "Nam\r\nNữ");
		form.put("_formFields[0].required", "on");
		form.put("notes", "Tạo qua trang quản trị");
		for (int i = 0; i < changes.length; i += 2) {
			form.put(changes[i], changes[i + 1]);
		}
		MockHttpServletRequestBuilder request = post(url).with(csrf())
			.with(manager())
			.param("deliveries", "POST", "ONLINE");
		form.forEach(request::param);
		return request;
	}

	@Test
	void anyoneFindsThePassportWithoutAccents() throws Exception {
		mvc.perform(get("/thu-tuc").param("q", "ho chieu"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Cấp hộ chiếu phổ thông ở trong nước"),
					containsString("href=\"/thu-tuc/1.001456\""), containsString("Trực tuyến toàn trình"),
					not(containsString("<details class=\"filters\" open")),
					containsString("200.000 ₫"), containsString("8 ngày làm việc"),
					not(containsString("Đăng ký khai sinh")))));
	}

	@Test
	void filtersAndPagesKeepTheSearch() throws Exception {
		mvc.perform(get("/thu-tuc").param("agency", "UBND-CAIKHE").param("online", "NONE"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Chứng thực chữ ký"),
					not(containsString("Đăng ký khai sinh")),
					containsString("<details class=\"filters\" open"),
					containsString("<option value=\"UBND-CAIKHE\" selected=\"selected\">"
							+ "Ủy ban nhân dân phường Cái Khế</option>"))));
		mvc.perform(get("/thu-tuc").param("page", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Trang 2/"), containsString("rel=\"prev\""))));
		mvc.perform(get("/thu-tuc").param("page", "not-a-number").param("level", "GALAXY"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Trang 1/")));
	}

	@Test
	void theProcedurePageShowsEverythingAndTheOnlineButton() throws Exception {
		mvc.perform(get("/thu-tuc/1.001456"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Phòng Quản lý xuất nhập cảnh - Công an thành phố"),
					containsString("href=\"/ho-so/nop/1.001456\""), containsString("Nộp hồ sơ trực tuyến"),
					containsString("200.000 ₫"), containsString("Bản chính"), containsString("Bắt buộc"),
					containsString("Nhận qua dịch vụ bưu chính công ích"), containsString("Dữ liệu mẫu (demo)"))));
		mvc.perform(get("/thu-tuc/DEMO-12"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("2.000 ₫ mỗi trang"),
					containsString("từ trang thứ 3: 1.000 ₫ mỗi trang"), containsString("tối đa 200.000 ₫"))));
	}

	@Test
	void aProcedureThatIsNotOnlineHasNoOnlineButton() throws Exception {
		mvc.perform(get("/thu-tuc/DEMO-13"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("/ho-so/nop/")),
					containsString("Bộ phận Một cửa của Ủy ban nhân dân phường Cái Khế"))));
	}

	@Test
	void pagesSpeakEnglishToo() throws Exception {
		mvc.perform(get("/thu-tuc/1.001456").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Issuing an ordinary passport in Vietnam"),
					containsString("200,000 ₫"), containsString("8 working days"), containsString("Apply online"),
					containsString("Immigration Office of the City Police"))));
		mvc.perform(get("/thu-tuc").param("q", "passport").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Issuing an ordinary passport in Vietnam"),
					containsString("1 procedure found"))));
		mvc.perform(get("/thu-tuc/DEMO-10").param("lang", "en"))
			.andExpect(content().string(allOf(containsString("1 working day<"), containsString("1 copy<"))));
	}

	@Test
	void anUnknownCodeIsNotFound() throws Exception {
		mvc.perform(get("/thu-tuc/NO-SUCH")).andExpect(status().isNotFound());
	}

	@Test
	void administratorsListProceduresWithTheirNotes() throws Exception {
		mvc.perform(get("/quan-tri/thu-tuc").param("q", "khai sinh").with(manager()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("DEMO-07"), containsString("Dữ liệu mẫu (demo)"))));
		mvc.perform(get("/quan-tri/thu-tuc").with(user("officer").authorities(() -> "DOSSIER_RECEIVE")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aProcedureIsCreatedThroughTheForm() throws Exception {
		String code = fresh();
		mvc.perform(filledForm("/quan-tri/thu-tuc/moi", code, "Thủ tục tạo qua trang"))
			.andExpect(redirectedUrl("/quan-tri/thu-tuc"));
		ProcedureView created = catalogue.procedure(code).orElseThrow();
		assertThat(created.fee().onlineAmount()).isEqualTo(10_000L);
		assertThat(created.fee().amount()).isEqualTo(20_000L);
		assertThat(created.documents()).singleElement().satisfies(d -> assertThat(d.code()).isEqualTo("to-khai"));
		assertThat(created.formFields()).singleElement().satisfies(f -> {
			assertThat(f.options()).containsExactly("Nam", "Nữ");
			assertThat(f.required()).isFalse();
		});
		mvc.perform(get("/quan-tri/thu-tuc/" + code).with(manager()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Thủ tục tạo qua trang"),
					containsString("Tạo qua trang quản trị"), containsString("name=\"version\" value=\"0\""),
					containsString("UBND-CAIKHE – Ủy ban nhân dân phường Cái Khế"))));
	}

	@Test
	void aBrokenFormListsEveryErrorAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(filledForm("/quan-tri/thu-tuc/moi", fresh(), "", "fee.amount", "hai mươi nghìn",
				"documents[0].nameEn", "", "timeLimit.workingDays", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("error-summary"), containsString("href=\"#nameVi\""),
					containsString("href=\"#fee.amount\""), containsString("href=\"#documents[0].nameEn\""),
					containsString("href=\"#timeLimit.workingDays\""),
					containsString("Cần nhập tên giấy tờ (tiếng Anh) ở dòng 1."),
					containsString("&quot;hai mươi nghìn&quot; không phải số hợp lệ cho mức phí."),
					containsString(">Tạo qua trang quản trị</textarea>"),
					containsString("id=\"documents[0].nameEn\""))));
	}

	@Test
	void addingARowKeepsTheFormAndFocusesTheNewRow() throws Exception {
		mvc.perform(filledForm("/quan-tri/thu-tuc/moi", fresh(), "Thủ tục đang nhập", "action", "add-document"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"Thủ tục đang nhập\""),
					containsString("id=\"documents[2].nameVi\""), containsString("autofocus"),
					not(containsString("error-summary")))));
	}

	@Test
	void aProcedureIsEditedWithdrawnAndAppliedAgain() throws Exception {
		String code = fresh();
		mvc.perform(filledForm("/quan-tri/thu-tuc/moi", code, "Thủ tục để sửa"));
		mvc.perform(filledForm("/quan-tri/thu-tuc/" + code, "IGNORED", "Thủ tục đã sửa qua trang", "version", "0",
				"documents[0].remove", "true"))
			.andExpect(redirectedUrl("/quan-tri/thu-tuc"));
		assertThat(catalogue.procedure(code).orElseThrow().nameVi()).isEqualTo("Thủ tục đã sửa qua trang");
		assertThat(catalogue.procedure(code).orElseThrow().documents()).isEmpty();

		mvc.perform(post("/quan-tri/thu-tuc/" + code + "/ngung-ap-dung").with(csrf()).with(manager()))
			.andExpect(redirectedUrl("/quan-tri/thu-tuc/" + code));
		assertThat(catalogue.procedure(code).orElseThrow().active()).isFalse();
		mvc.perform(get("/thu-tuc/" + code))
			.andExpect(content().string(allOf(containsString("Thủ tục này hiện không còn áp dụng."),
					not(containsString("/ho-so/nop/")))));
		mvc.perform(post("/quan-tri/thu-tuc/" + code + "/kich-hoat").with(csrf()).with(manager()));
		assertThat(catalogue.procedure(code).orElseThrow().active()).isTrue();
	}

	@Test
	void aStaleEditIsRefusedWithAMessage() throws Exception {
		String code = fresh();
		mvc.perform(filledForm("/quan-tri/thu-tuc/moi", code, "Thủ tục sửa đồng thời"));
		mvc.perform(filledForm("/quan-tri/thu-tuc/" + code, code, "Lần sửa thứ nhất", "version", "0"));
		mvc.perform(filledForm("/quan-tri/thu-tuc/" + code, code, "Lần sửa thứ hai", "version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("vừa được người khác sửa")));
	}

	@Test
	void formsWithoutCsrfAreRefused() throws Exception {
		mvc.perform(post("/quan-tri/thu-tuc/moi").with(manager()).param("code", fresh()))
			.andExpect(status().isForbidden());
	}

	@Test
	void theHeaderLinksToTheCatalogue() throws Exception {
		mvc.perform(get("/"))
			.andExpect(content().string(allOf(containsString("id=\"nav-procedures\""),
					containsString("id=\"home-procedures\""))));
	}
}
