package vn.gov.cantho.egov.dossier;

/** How the dossier reached the agency; the national codes are 2 online, 1 in person, 3 public post. */
public enum SubmissionChannel {
	ONLINE(2), COUNTER(1), POST(3);

	private final int nationalCode;

	SubmissionChannel(int nationalCode) {
		this.nationalCode = nationalCode;
	}

	public int nationalCode() {
		return nationalCode;
	}
}
