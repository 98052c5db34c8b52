package vn.gov.cantho.egov.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dossier module's field names land on the form's own inputs, so its refusals link to what the person typed. */
class ApplicationFlowFieldsTest {

	@ParameterizedTest
	@CsvSource({ "applicant.phone, phone", "applicant.fullName, fullName", "formValues.hoTen, values[hoTen]",
			"documents.TK01, documents[TK01]", "delivery, delivery", "postalAddress, postalAddress" })
	void fieldsOfTheDossierModuleMapToTheFormsInputs(String module, String form) {
		assertThat(ApplicationFlow.formField(module)).isEqualTo(form);
	}

	@Test
	void anErrorWithoutAFieldStaysOnTheWholeForm() {
		assertThat(ApplicationFlow.formField(null)).isNull();
	}
}
