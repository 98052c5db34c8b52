package vn.gov.cantho.egov.health;

/** How a check-in was made. All three ways end in the same record. */
public enum CheckInSource {
	/** The citizen scanned the venue's code. */
	SELF_SCAN,
	/** Checkpoint staff scanned the person's code. */
	STAFF_SCAN,
	/** Staff entered the ID number of someone without a phone. */
	STAFF_ID_NUMBER,
	/** A scanner device that was offline uploaded it later. */
	DEVICE_BATCH
}
