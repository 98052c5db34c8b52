package vn.gov.cantho.egov.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.gov.cantho.egov.dossier.AttachedDocument;
import vn.gov.cantho.egov.dossier.DossierApplication;
import vn.gov.cantho.egov.procedure.DeliveryOption;

/** The draft kept between the form and the confirmation: serialisable, trimmed, and the same application again. */
class DraftTest {

	@Test
	void theDraftSurvivesSerialisationAsTheJdbcSessionStoreDoesIt() throws Exception {
		Draft draft = sample();
		assertThat(roundTrip(draft)).isEqualTo(draft);
	}

	@Test
	void blankValuesAreDroppedAndTextIsTrimmed() {
		Draft draft = sample();
		assertThat(draft.values()).containsExactly(Map.entry("hoTen", "Nguyễn Văn An"));
		assertThat(draft.fullName()).isEqualTo("Nguyễn Văn An");
		assertThat(draft.email()).isNull();
	}

	@Test
	void thePostalAddressIsKeptOnlyWhenTheResultGoesByPost() {
		ApplicationForm form = form();
		form.setPostalAddress("12 Hòa Bình");
		assertThat(Draft.of("1.001456", form, Map.of(), DeliveryOption.COUNTER, null).postalAddress()).isNull();
		assertThat(Draft.of("1.001456", form, Map.of(), DeliveryOption.POST, null).postalAddress())
			.isEqualTo("12 Hòa Bình");
	}

	@Test
	void theApplicationCarriesUploadsByIdAndTheLanguage() {
		DossierApplication application = sample().application(Locale.ENGLISH);
		assertThat(application.documents()).containsExactly(new AttachedDocument("TK01", "upload-1"));
		assertThat(application.applicant().phone()).isEqualTo("0901234567");
		assertThat(application.language()).isEqualTo(Locale.ENGLISH);
		assertThat(application.procedureCode()).isEqualTo("1.001456");
	}

	@Test
	void aDraftPutBackOnTheFormShowsTheUploadedFileNames() {
		ApplicationForm form = new ApplicationForm();
		sample().fill(form);
		assertThat(form.getDocuments()).containsExactly(Map.entry("TK01", "to-khai.pdf"));
		assertThat(form.getKey()).isEqualTo("key-123456");
		assertThat(form.getDelivery()).isEqualTo("COUNTER");
	}

	private static Draft sample() {
		return Draft.of("1.001456", form(),
				Map.of("TK01", new Draft.Upload("upload-1", "to-khai.pdf", "application/pdf", 1234)),
				DeliveryOption.COUNTER, null);
	}

	private static ApplicationForm form() {
		ApplicationForm form = new ApplicationForm();
		form.setKey("key-123456");
		form.setFullName("  Nguyễn Văn An ");
		form.setPhone("0901234567");
		form.setEmail(" ");
		form.getValues().put("hoTen", " Nguyễn Văn An");
		form.getValues().put("ghiChu", "   ");
		return form;
	}

	private static Draft roundTrip(Draft draft) throws IOException, ClassNotFoundException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(draft);
		}
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
			return (Draft) in.readObject();
		}
	}
}
