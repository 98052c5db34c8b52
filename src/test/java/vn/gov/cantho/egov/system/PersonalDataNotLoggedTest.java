package vn.gov.cantho.egov.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.cantho.egov.IntegrationTest;

/**
 * A citizen registers, fails to log in, logs in, reads their account, makes bad requests: neither the log output nor
 * the audit log ever holds the ID number, the phone number or the password.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataNotLoggedTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void personalValuesStayOutOfLogsAndAudit(CapturedOutput output) throws Exception {
		Random random = new Random(20261127L ^ System.nanoTime());
		String idNumber = "0920" + String.format("%02d", 60 + random.nextInt(40)) + String.format("%06d",
				random.nextInt(1_000_000));
		String phone = "09" + String.format("%08d", random.nextInt(100_000_000));
		String username = "privacy" + Math.abs(random.nextInt());
		String password = "Rat-kho-doan-" + random.nextInt(1_000_000);

		mvc.perform(post("/api/v1/accounts/citizens").contentType(MediaType.APPLICATION_JSON).content("""
				{"fullName":"Trần Thị Bình","idNumber":"%s","phone":"%s","email":"binh@example.vn",
				 "username":"%s","password":"%s"}""".formatted(idNumber, phone, username, password)))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/accounts/citizens").contentType(MediaType.APPLICATION_JSON).content("""
				{"fullName":"X","idNumber":"%s","phone":"%s","email":"x@example.vn",
				 "username":"%s","password":"%s"}""".formatted(idNumber, phone, username, password)))
			.andExpect(status().is4xxClientError());
		mvc.perform(get("/api/v1/me").with(httpBasic(username, password + "x"))).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/me").with(httpBasic(username, password))).andExpect(status().isOk());
		mvc.perform(post("/dang-nhap").with(csrf()).param("username", username).param("password", idNumber))
			.andExpect(status().is3xxRedirection());

		assertThat(output.getAll()).doesNotContain(idNumber).doesNotContain(phone).doesNotContain(password);
		String audit = String.join("\n", jdbc.sql("SELECT actor || ' ' || action || ' ' || COALESCE(reference, '') "
				+ "FROM audit_entry").query(String.class).list());
		assertThat(audit).contains(username).doesNotContain(idNumber).doesNotContain(phone).doesNotContain(password);
	}
}
