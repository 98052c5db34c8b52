package vn.gov.cantho.egov.identity;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import vn.gov.cantho.egov.identity.domain.AccountService;
import vn.gov.cantho.egov.identity.domain.CitizenRegistration;
import vn.gov.cantho.egov.identity.domain.OfficialCreation;

/**
 * Builds fresh accounts for tests: unique usernames and ID numbers, so tests never collide with demo data, with each
 * other, or with earlier runs on a shared PostgreSQL database.
 */
final class AccountBuilder {

	static final String PASSWORD = "Ninh-Kieu-ben-tau-7";
	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private String username = uniqueUsername("t");
	private String fullName = "Trần Thị Thử (test)";
	private String idNumber = uniqueIdNumber();
	private String phone = "+84 912 345 678";
	private String email = "thu@example.vn";
	private String password = PASSWORD;
	private String agency;
	private String role;

	private AccountBuilder() {
	}

	static AccountBuilder anAccount() {
		return new AccountBuilder();
	}

	static String uniqueUsername(String prefix) {
		return prefix + Long.toString(System.nanoTime(), 36) + SEQUENCE.incrementAndGet();
	}

	/** A valid Cần Thơ number of a woman born in 1990 with a random serial. */
	static String uniqueIdNumber() {
		return "092190" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
	}

	AccountBuilder official(String agencyCode, String roleCode) {
		this.agency = agencyCode;
		this.role = roleCode;
		return this;
	}

	AccountBuilder username(String value) {
		this.username = value;
		return this;
	}

	AccountBuilder fullName(String value) {
		this.fullName = value;
		return this;
	}

	AccountBuilder password(String value) {
		this.password = value;
		return this;
	}

	AccountBuilder idNumber(String value) {
		this.idNumber = value;
		return this;
	}

	CitizenRegistration registration() {
		return new CitizenRegistration(fullName, idNumber, phone, email, username, password, password);
	}

	OfficialCreation creation() {
		return new OfficialCreation(fullName, username, password, null, email, agency, role);
	}

	/** Creates the account through the service, so every rule applies; returns the username. */
	String create(AccountService accounts) {
		return agency == null ? accounts.registerCitizen(registration()) : accounts.createOfficial(creation());
	}
}
