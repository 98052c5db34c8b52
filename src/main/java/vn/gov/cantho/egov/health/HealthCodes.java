package vn.gov.cantho.egov.health;

/**
 * Signed QR codes. A venue code carries the venue's public code and a signature; a personal code carries a person's
 * random reference (never the ID number), an expiry and a signature. Both name the key version they were signed with,
 * so keys can be rotated. Verification needs no database read on the hot path.
 */
public interface HealthCodes {

	/** The text of a venue's QR code: a URL of the check-in page that carries the signed venue code. */
	String venueQr(String venueCode);

	/** The venue code inside a scanned venue QR (the URL or the bare token); {@link HealthCodeRefused} otherwise. */
	String verifyVenue(String scanned);

	/** A new personal code for a person reference, valid for the configured time. */
	PersonalCode issuePersonal(String personRef);

	/** The person reference inside a scanned personal code; {@link HealthCodeRefused} when forged, altered or expired. */
	String verifyPersonal(String scanned);

	/** Makes a new signing key the current one for the purpose; codes signed with older keys stay valid until retired. */
	int rotate(KeyPurpose purpose);

	/**
	 * Retires an older key version (a leaked key, or posters all reprinted): codes signed with it are refused as
	 * expired, on every node within the key refresh time. The current version cannot be retired: rotate first.
	 */
	void retire(KeyPurpose purpose, int version);

	enum KeyPurpose {
		VENUE, PERSON
	}
}
