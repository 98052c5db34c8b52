package vn.gov.cantho.egov.identity.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.identity.AccountDirectory;
import vn.gov.cantho.egov.identity.AccountView;
import vn.gov.cantho.egov.identity.CitizenIdNumber;

/** The demo accounts exist with their roles and agencies, and loading them again adds nothing. */
@IntegrationTest
class IdentityDemoAccountsTest {

	@Autowired
	DemoAccounts demo;

	@Autowired
	AccountDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void everyDemoRoleHasItsAccount() {
		assertThat(directory.account("admin")).get().extracting(AccountView::roles).asString().contains("ADMIN");
		assertThat(agencyAndRoles("officer")).isEqualTo("CA-XNC [RECEPTION_OFFICER]");
		assertThat(agencyAndRoles("specialist")).isEqualTo("CA-XNC [SPECIALIST]");
		assertThat(agencyAndRoles("leader")).isEqualTo("CA-XNC [LEADER]");
		assertThat(agencyAndRoles("officer.caikhe")).isEqualTo("UBND-CAIKHE [RECEPTION_OFFICER]");
		assertThat(agencyAndRoles("specialist.caikhe")).isEqualTo("UBND-CAIKHE [SPECIALIST]");
		assertThat(agencyAndRoles("leader.caikhe")).isEqualTo("UBND-CAIKHE [LEADER]");
		assertThat(agencyAndRoles("operator")).isEqualTo("VP-UBND [OPERATOR_1022]");
		assertThat(agencyAndRoles("health")).isEqualTo("SYT [HEALTH_OFFICER]");
		assertThat(agencyAndRoles("checkpoint")).isEqualTo("SYT [CHECKPOINT_STAFF]");
		assertThat(agencyAndRoles("citizen")).isEqualTo("null [CITIZEN]");
		assertThat(directory.account("citizen").orElseThrow().fullName()).isEqualTo("Nguyễn Văn An");
	}

	@Test
	void theDemoCitizensIdNumberPassesTheRules() {
		CitizenIdNumber number = CitizenIdNumber.parse("092095001234", clock);
		assertThat(number.provinceName()).isEqualTo("Cần Thơ");
	}

	@Test
	void loadingAgainAddsNothingAndFailsNothing() {
		long before = count();
		demo.load();
		demo.load();
		assertThat(count()).isEqualTo(before);
	}

	private String agencyAndRoles(String username) {
		AccountView account = directory.account(username).orElseThrow();
		return account.agencyCode() + " " + account.roles();
	}

	private long count() {
		return jdbc.sql("SELECT COUNT(*) FROM identity_account").query(Long.class).single();
	}
}
