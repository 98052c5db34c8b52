package vn.gov.cantho.egov.dossier;

/** What the specialist proposes to the leader: grant what was asked, or deny it with reasons. */
public enum ProposedOutcome {
	GRANT, DENY
}
