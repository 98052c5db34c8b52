package vn.gov.cantho.egov.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.procedure.DeliveryOption;
import vn.gov.cantho.egov.shared.BusinessException;

/** The rules of a submission, reported to a form before its review page, with nothing written. */
@IntegrationTest
class DossierProblemsTest {

	@Autowired
	DossierManagement dossiers;

	@Autowired
	JdbcClient jdbc;

	long dossierCount() {
		return jdbc.sql("SELECT COUNT(*) FROM dossier").query(Long.class).single();
	}

	@Test
	@WithUserDetails("citizen")
	void everyBrokenRuleIsListedAndNothingIsStored() {
		long before = dossierCount();
		var application = DossierBuilder.aDossier()
			.procedure("1.001456")
			.applicant("Nguyễn Văn An", "12345")
			.field("fullName", "Nguyễn Văn An")
			.delivery(DeliveryOption.POST)
			.build();

		assertThat(dossiers.problems(application, SubmissionChannel.ONLINE)).extracting(BusinessException::field)
			.contains("applicant.phone", "documents.to-khai", "formValues.dateOfBirth", "postalAddress");
		assertThat(dossierCount()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("citizen")
	void aProcedureThatIsNotOnlineIsOneProblem() {
		var application = DossierBuilder.aDossier().procedure("2.000200").build();

		assertThat(dossiers.problems(application, SubmissionChannel.ONLINE)).extracting(BusinessException::code)
			.containsExactly("dossier.procedure-not-online");
	}
}
