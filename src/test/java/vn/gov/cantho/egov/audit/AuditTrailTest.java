package vn.gov.cantho.egov.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.shared.BusinessException;

/** Searching the log: exact actor and reference, action prefix, whole days in Vietnam's time, pages newest first. */
@IntegrationTest
class AuditTrailTest {

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	/** Each test writes its own actor's history, so other tests' entries never match. */
	final String actor = "t-" + UUID.randomUUID().toString().substring(0, 12);

	/** Test data goes in with chosen times; the application itself has no way to backdate an entry. */
	void entry(String at, String action, String reference) {
		jdbc.sql("""
				INSERT INTO audit_entry (occurred_at, actor, client_ip, action, reference)
				VALUES (:at, :actor, '10.0.0.1', :action, :reference)""")
			.param("at", OffsetDateTime.parse(at))
			.param("actor", actor)
			.param("action", action)
			.param("reference", reference)
			.update();
	}

	AuditPage search(String action, String reference, LocalDate from, LocalDate to) {
		return trail.search(new AuditQuery(actor, action, reference, from, to), 0);
	}

	@Test
	void filtersByActionPrefixAndReferenceNewestFirst() {
		entry("2024-05-01T08:00:00+07:00", "identity.account.locked", "an.nguyen");
		entry("2024-05-01T09:00:00+07:00", "identity.account.unlocked", "an.nguyen");
		entry("2024-05-01T10:00:00+07:00", "directory.units.merged", "CT-NK");

		assertThat(search("identity.", null, null, null).entries()).extracting(AuditEntry::action)
			.containsExactly("identity.account.unlocked", "identity.account.locked");
		assertThat(search(null, "CT-NK", null, null).entries()).extracting(AuditEntry::action)
			.containsExactly("directory.units.merged");
		assertThat(search("identity.account.locked", "an.nguyen", null, null).entries()).hasSize(1);
		assertThat(trail.search(new AuditQuery(actor, null, null, null, null), 0).entries()).hasSize(3);
	}

	@Test
	void wildcardCharactersInThePrefixMatchThemselves() {
		entry("2024-05-01T08:00:00+07:00", "identityXaccount", "r");
		entry("2024-05-01T08:00:01+07:00", "identity_account", "r");

		assertThat(search("identity_", null, null, null).entries()).extracting(AuditEntry::action)
			.containsExactly("identity_account");
		assertThat(search("%", null, null, null).entries()).isEmpty();
	}

	@Test
	void daysAreWholeDaysInVietnamsTime() {
		entry("2024-03-01T23:30:00+07:00", "late.evening", "r");
		entry("2024-03-02T00:10:00+07:00", "just.after.midnight", "r");

		LocalDate first = LocalDate.of(2024, 3, 1);
		LocalDate second = LocalDate.of(2024, 3, 2);
		assertThat(search(null, null, first, first).entries()).extracting(AuditEntry::action)
			.containsExactly("late.evening");
		assertThat(search(null, null, second, null).entries()).extracting(AuditEntry::action)
			.containsExactly("just.after.midnight");
		assertThat(search(null, null, null, second).entries()).hasSize(2);
		assertThat(search(null, null, first, second).entries().get(0).occurredAt())
			.isEqualTo(OffsetDateTime.parse("2024-03-02T00:10:00+07:00"));
	}

	@Test
	void pagesHoldFiftyEntries() {
		for (int i = 0; i < 55; i++) {
			entry("2024-06-01T08:%02d:00+07:00".formatted(i), "paging.step" + i, "r");
		}

		AuditPage first = trail.search(new AuditQuery(actor, null, null, null, null), 0);
		AuditPage second = trail.search(new AuditQuery(actor, null, null, null, null), 1);

		assertThat(first.entries()).hasSize(50);
		assertThat(first.hasNext()).isTrue();
		assertThat(first.entries().get(0).action()).isEqualTo("paging.step54");
		assertThat(second.entries()).hasSize(5);
		assertThat(second.hasNext()).isFalse();
		assertThat(second.entries().get(4).action()).isEqualTo("paging.step0");
	}

	@Test
	void aRangeEndingBeforeItStartsIsRefused() {
		assertThatThrownBy(() -> search(null, null, LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 1)))
			.isInstanceOfSatisfying(BusinessException.class, e -> {
				assertThat(e.code()).isEqualTo("audit.invalid-range");
				assertThat(e.field()).isEqualTo("to");
			});
	}
}
