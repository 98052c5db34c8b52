package vn.gov.cantho.egov.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.gov.cantho.egov.IntegrationTest;

/** record() writes who, from where, what and to which reference; anonymous visitors and the system are named so. */
@IntegrationTest
class AuditLogTest {

	@Autowired
	AuditLog log;

	@Autowired
	AuditTrail trail;

	final String reference = "REF-" + UUID.randomUUID();

	@AfterEach
	void clearContext() {
		SecurityContextHolder.clearContext();
		RequestContextHolder.resetRequestAttributes();
	}

	void inRequestFrom(String address) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/quan-tri/something");
		request.setRemoteAddr(address);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

	AuditEntry recorded() {
		List<AuditEntry> entries = trail.search(new AuditQuery(null, null, reference, null, null), 0).entries();
		assertThat(entries).hasSize(1);
		return entries.get(0);
	}

	@Test
	void recordsTheLoggedInUserTheirAddressTheActionAndTheReference() {
		inRequestFrom("203.0.113.7");
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				"officer.nk", "n/a", AuthorityUtils.createAuthorityList("UNIT_MANAGE")));

		log.record("directory.units.merged", reference);

		AuditEntry entry = recorded();
		assertThat(entry.actor()).isEqualTo("officer.nk");
		assertThat(entry.clientIp()).isEqualTo("203.0.113.7");
		assertThat(entry.action()).isEqualTo("directory.units.merged");
		assertThat(entry.reference()).isEqualTo(reference);
		assertThat(entry.occurredAt().getOffset().getTotalSeconds()).as("Vietnam's offset").isEqualTo(7 * 3600);
	}

	@Test
	void anAnonymousVisitorIsRecordedAsAnonymous() {
		inRequestFrom("198.51.100.23");
		SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));

		log.record("feedback.report.submitted", reference);

		assertThat(recorded().actor()).isEqualTo("anonymous");
		assertThat(recorded().clientIp()).isEqualTo("198.51.100.23");
	}

	@Test
	void aRequestWithoutAuthenticationIsAnonymous() {
		inRequestFrom("198.51.100.24");

		log.record("identity.login.failed", reference);

		assertThat(recorded().actor()).isEqualTo("anonymous");
	}

	@Test
	void workOutsideAnyRequestIsRecordedAsTheSystemWithoutAnAddress() {
		// The test framework binds a mock request to every test thread; scheduled jobs and event listeners have none.
		RequestContextHolder.resetRequestAttributes();

		log.record("notification.message.failed", reference);

		AuditEntry entry = recorded();
		assertThat(entry.actor()).isEqualTo("system");
		assertThat(entry.clientIp()).isNull();
	}

	@Test
	void overlongValuesAreCutToTheColumnSizes() {
		log.record("x".repeat(150), reference);

		assertThat(recorded().action()).hasSize(100);
	}
}
