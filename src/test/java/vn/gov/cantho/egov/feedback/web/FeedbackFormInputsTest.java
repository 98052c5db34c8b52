package vn.gov.cantho.egov.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.gov.cantho.egov.feedback.Location;
import vn.gov.cantho.egov.shared.BusinessException;

/** How the forms read what was typed and where they put the feedback module's errors. */
class FeedbackFormInputsTest {

	@ParameterizedTest
	@CsvSource({ "reporter.phone, phone", "reporter.name, name", "reporter.email, email", "location.latitude, latitude",
			"location.longitude, longitude", "location.address, address", "location.unitCode, unitCode",
			"attributes.SIZE, attributes[SIZE]", "photoIds, photos", "file, photos", "title, title",
			"description, description", "fieldCode, fieldCode" })
	void theModulesFieldNamesBecomeTheFormsInputs(String field, String input) {
		assertThat(FormInputs.input(field)).isEqualTo(input);
	}

	@Test
	void aPinIsReadWithADotOrACommaAndBothPartsAreNeeded() {
		List<BusinessException> problems = new ArrayList<>();
		Location location = FormInputs.location(" 10,0452 ", "105.7869", "  ", "31117", problems);
		assertThat(problems).isEmpty();
		assertThat(location).isEqualTo(new Location(10.0452, 105.7869, null, "31117"));

		Location half = FormInputs.location("10.0452", "", "Bến Ninh Kiều", null, problems);
		assertThat(half.hasPin()).isFalse();
		assertThat(problems).extracting(BusinessException::field).containsExactly("longitude");
	}

	@Test
	void wordsForACoordinateAreRefusedOnTheirInput() {
		List<BusinessException> problems = new ArrayList<>();
		Location location = FormInputs.location("mười", "NaN", null, null, problems);
		assertThat(location.hasPin()).isFalse();
		assertThat(problems).extracting(BusinessException::code)
			.containsOnly(FormInputs.INVALID_COORDINATE);
		assertThat(problems).extracting(BusinessException::field).containsExactly("latitude", "longitude");
	}

	@Test
	void emptyAnswersAreLeftOut() {
		Map<String, List<String>> attributes = new LinkedHashMap<>();
		attributes.put("SIZE", Arrays.asList("", " lớn "));
		attributes.put("KIND", List.of(""));
		attributes.put("NONE", null);
		assertThat(FormInputs.answers(attributes)).containsExactly(Map.entry("SIZE", List.of("lớn")));
	}
}
