package vn.gov.cantho.egov.health;

import java.util.Optional;

import vn.gov.cantho.egov.identity.Actor;

/** People known to the outbreak platform: declarations, personal codes, lookups by staff. */
public interface People {

	/** Records the citizen's declaration and returns their personal code (a new one, valid for the configured time). */
	PersonalCode declare(Actor citizen, HealthDeclaration declaration);

	/** The citizen's current personal code (a fresh one when the last has expired); empty before any declaration. */
	Optional<PersonalCode> currentCode(Actor citizen);

	/**
	 * For staff checking in (HEALTH_CHECK_IN_STAFF) or sampling (HEALTH_TEST_MANAGE) someone without a phone: the
	 * personal code of the person with this ID number, creating the person (with the name and phone given, which may be
	 * blank) when first seen. The ID number is hashed, never kept.
	 */
	PersonalCode codeForIdNumber(Actor staff, String idNumber, String fullName, String phone);

	/** Contact details, for health officers (HEALTH_TRACE); the read is audited. */
	Optional<PersonContact> contact(Actor officer, String personRef);
}
