package vn.gov.cantho.egov.identity.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;

import vn.gov.cantho.egov.identity.AccountKind;
import vn.gov.cantho.egov.identity.CitizenIdNumber;
import vn.gov.cantho.egov.identity.Roles;
import vn.gov.cantho.egov.shared.TextFolding;

/**
 * An account with its roles. The class name gives the table name ({@code identity_account}), so Spring Data quotes it
 * in each database's own case. Roles live in {@code identity_account_role} and are loaded and saved with the account
 * by {@link AccountStore}. Usernames are lower-case. Failed-login counting and the last login time are written by
 * {@link LoginAttempts} with single statements, because they change on every login and need no aggregate.
 */
public class IdentityAccount {

	@Id
	private Long id;
	private final String username;
	private String passwordHash;
	private final AccountKind kind;
	private final String fullName;
	private final String fullNameFolded;
	private final String idNumber;
	private final String phone;
	private final String email;
	private final String agencyCode;
	private boolean locked;
	private Instant lockedUntil;
	private int failedLogins;
	private Instant lastLoginAt;
	private final Instant createdAt;
	@Version
	private Integer version;
	@Transient
	private final Set<String> roles = new HashSet<>();

	@PersistenceCreator
	IdentityAccount(Long id, String username, String passwordHash, AccountKind kind, String fullName,
			String fullNameFolded, String idNumber, String phone, String email, String agencyCode, Instant createdAt) {
		this.id = id;
		this.username = username;
		this.passwordHash = passwordHash;
		this.kind = kind;
		this.fullName = fullName;
		this.fullNameFolded = fullNameFolded;
		this.idNumber = idNumber;
		this.phone = phone;
		this.email = email;
		this.agencyCode = agencyCode;
		this.createdAt = createdAt;
	}

	static IdentityAccount citizen(String username, String passwordHash, String fullName, CitizenIdNumber idNumber,
			String phone, String email, Instant now) {
		IdentityAccount account = new IdentityAccount(null, username, passwordHash, AccountKind.CITIZEN, fullName,
				TextFolding.fold(fullName), idNumber.value(), phone, email, null, now);
		account.roles.add(Roles.CITIZEN);
		return account;
	}

	static IdentityAccount official(String username, String passwordHash, String fullName, String phone, String email,
			String agencyCode, String role, Instant now) {
		IdentityAccount account = new IdentityAccount(null, username, passwordHash, AccountKind.OFFICIAL, fullName,
				TextFolding.fold(fullName), null, phone, email, agencyCode, now);
		account.roles.add(role);
		return account;
	}

	/** Locked by an administrator, or by the lockout until a moment still to come. */
	public boolean isLockedAt(Instant now) {
		return locked || (lockedUntil != null && lockedUntil.isAfter(now));
	}

	void lock() {
		locked = true;
	}

	/** Whether failed logins were counted since the last success (a successful login then has to forget them). */
	public boolean hasFailedLogins() {
		return failedLogins > 0;
	}

	/** Lifts both kinds of lock and forgets earlier failed logins. */
	void unlock() {
		locked = false;
		lockedUntil = null;
		failedLogins = 0;
	}

	boolean assign(String role) {
		return roles.add(role);
	}

	boolean revoke(String role) {
		return roles.remove(role);
	}

	void changePassword(String newHash) {
		passwordHash = newHash;
	}

	public Long id() {
		return id;
	}

	public String username() {
		return username;
	}

	public String passwordHash() {
		return passwordHash;
	}

	public AccountKind kind() {
		return kind;
	}

	public String fullName() {
		return fullName;
	}

	/** The stored ID number, for citizens only; show it masked except to its owner. */
	public CitizenIdNumber idNumber() {
		return idNumber == null ? null : CitizenIdNumber.ofStored(idNumber);
	}

	public String phone() {
		return phone;
	}

	public String email() {
		return email;
	}

	public String agencyCode() {
		return agencyCode;
	}

	public boolean lockedByAdministrator() {
		return locked;
	}

	public Instant lockedUntil() {
		return lockedUntil;
	}

	public Instant lastLoginAt() {
		return lastLoginAt;
	}

	public Instant createdAt() {
		return createdAt;
	}

	/** Role codes in alphabetical order. */
	public Set<String> roles() {
		return Collections.unmodifiableSet(new TreeSet<>(roles));
	}

	/** Called by the store when it loads the account. */
	void loadRoles(Set<String> stored) {
		roles.clear();
		roles.addAll(stored);
	}
}
