package vn.gov.cantho.egov.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.QueuedMessages;

/**
 * A dossier submitted with a phone and an ID number, looked up with the right and a wrong phone, registered with bad
 * input, received with a receipt message: neither the log output nor the audit log ever holds the phone or the number.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DossierPersonalDataTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void phonesAndIdNumbersStayOutOfLogsAndAudit(CapturedOutput output) throws Exception {
		Random random = new Random(System.nanoTime());
		String phone = "098" + String.format("%07d", random.nextInt(10_000_000));
		String wrongPhone = "097" + String.format("%07d", random.nextInt(10_000_000));
		String idNumber = "092190" + String.format("%06d", random.nextInt(1_000_000));
		DossierApiClient api = new DossierApiClient(mvc);
		String upload = api.uploadPdf("citizen");

		String code = api.read(api.submit("citizen", UUID.randomUUID().toString(), api.passport(upload)
			.applicant("Phạm Văn Riêng (test)", phone)
			.citizenId(idNumber)
			.field("citizenId", idNumber)
			.field("phone", phone)
			.build()).andExpect(status().isCreated())).get("code").asString();
		api.act("officer", code, "receive").andExpect(status().isOk());
		new QueuedMessages(jdbc).await(code, "dossier-received", 1);
		api.publicStatus(code, phone).andExpect(status().isOk());
		api.publicStatus(code, wrongPhone).andExpect(status().isNotFound());
		api.register("officer", "COUNTER", api.passport(upload).applicant("X", "0123").citizenId(idNumber).build())
			.andExpect(status().isUnprocessableContent());

		assertThat(output.getAll()).doesNotContain(phone).doesNotContain(wrongPhone).doesNotContain(idNumber)
			.doesNotContain(phone.substring(1));
		String audit = String.join("\\n", jdbc.sql("SELECT actor || ' ' || action || ' ' || COALESCE(reference, '') "
				+ "FROM audit_entry").query(String.class).list());
		assertThat(audit).contains(code).doesNotContain(phone).doesNotContain(idNumber);
	}
}
