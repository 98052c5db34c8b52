package vn.gov.cantho.egov.identity.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.identity.Roles;
import vn.gov.cantho.egov.identity.domain.AccountService;
import vn.gov.cantho.egov.identity.domain.CitizenRegistration;
import vn.gov.cantho.egov.identity.domain.OfficialCreation;
import vn.gov.cantho.egov.identity.domain.PasswordCheck;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * The published demo accounts, one per role, all with password {@value #PASSWORD}. The one-stop team
 * {@code officer}, {@code specialist} and {@code leader} works at the immigration office (passports); the same roles at
 * the Cái Khế ward committee ({@code officer.caikhe} ...) handle commune procedures. Created through the account
 * service so every rule applies, except password strength: that exemption exists only for this loader, because the
 * demo password is printed in the documentation anyway. Runs once the application is ready, after the directory's
 * demo agencies exist; an account already there (earlier start, other context on the same database) is skipped.
 */
@Component
@ConditionalOnBooleanProperty("egov.demo")
class DemoAccounts {

	static final String PASSWORD = "demo1234";
	/** Before other modules' demo data that acts as these accounts (dossiers), which listen at a later order. */
	static final int ORDER = Ordered.LOWEST_PRECEDENCE - 1000;

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private final AccountService accounts;

	DemoAccounts(AccountService accounts) {
		this.accounts = accounts;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(ORDER)
	void load() {
		citizen("citizen", "Nguyễn Văn An", "092095001234", "0901234567", "citizen@demo.egov.cantho.gov.vn");
		List.of(official("admin", "Quản trị hệ thống (demo)", "STTTT", Roles.ADMIN),
				official("officer", "Cán bộ tiếp nhận Xuất nhập cảnh (demo)", "CA-XNC", Roles.RECEPTION_OFFICER),
				official("specialist", "Chuyên viên Xuất nhập cảnh (demo)", "CA-XNC", Roles.SPECIALIST),
				official("leader", "Lãnh đạo Phòng Xuất nhập cảnh (demo)", "CA-XNC", Roles.LEADER),
				official("officer.caikhe", "Cán bộ tiếp nhận Cái Khế (demo)", "UBND-CAIKHE", Roles.RECEPTION_OFFICER),
				official("specialist.caikhe", "Chuyên viên Cái Khế (demo)", "UBND-CAIKHE", Roles.SPECIALIST),
				official("leader.caikhe", "Lãnh đạo UBND phường Cái Khế (demo)", "UBND-CAIKHE", Roles.LEADER),
				official("operator", "Điện thoại viên 1022 (demo)", "VP-UBND", Roles.OPERATOR_1022),
				official("health", "Cán bộ y tế (demo)", "SYT", Roles.HEALTH_OFFICER),
				official("checkpoint", "Nhân viên chốt kiểm soát (demo)", "SYT", Roles.CHECKPOINT_STAFF),
				// Officials answering 1022 feedback at the agencies the feedback demo routes to.
				official("specialist.snnmt", "Chuyên viên Sở Nông nghiệp và Môi trường (demo)", "SNNMT",
						Roles.SPECIALIST),
				official("leader.snnmt", "Lãnh đạo Sở Nông nghiệp và Môi trường (demo)", "SNNMT", Roles.LEADER),
				official("specialist.sxd", "Chuyên viên Sở Xây dựng (demo)", "SXD", Roles.SPECIALIST),
				official("specialist.catp", "Cán bộ Công an thành phố (demo)", "CA-TP", Roles.SPECIALIST),
				official("specialist.syt", "Chuyên viên Sở Y tế (demo)", "SYT", Roles.SPECIALIST))
			.forEach(this::create);
	}

	private void citizen(String username, String name, String idNumber, String phone, String email) {
		ifAbsent(username, () -> accounts.registerCitizen(
				new CitizenRegistration(name, idNumber, phone, email, username, PASSWORD, PASSWORD),
				PasswordCheck.DEMO_EXEMPT));
	}

	private static OfficialCreation official(String username, String name, String agency, String role) {
		return new OfficialCreation(name, username, PASSWORD, null, username + "@demo.egov.cantho.gov.vn", agency,
				role);
	}

	private void create(OfficialCreation official) {
		ifAbsent(official.username(), () -> accounts.createOfficial(official, PasswordCheck.DEMO_EXEMPT));
	}

	/**
	 * Creates the account unless it exists. A refusal is reported, not fatal: another context on the same database
	 * won the race, or the directory lacks the demo agency.
	 */
	private void ifAbsent(String username, Runnable creation) {
		if (accounts.exists(username)) {
			return;
		}
		try {
			creation.run();
		}
		catch (BusinessException e) {
			log.warn("Demo account {} not created: {}", username, e.code());
		}
	}
}
