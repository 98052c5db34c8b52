package vn.gov.cantho.egov.dossier.demo;

import static vn.gov.cantho.egov.dossier.DossierAction.APPROVE;
import static vn.gov.cantho.egov.dossier.DossierAction.ASSIGN;
import static vn.gov.cantho.egov.dossier.DossierAction.PROPOSE;
import static vn.gov.cantho.egov.dossier.DossierAction.RECEIVE;
import static vn.gov.cantho.egov.dossier.DossierAction.REQUEST_SUPPLEMENT;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.gov.cantho.egov.dossier.ActionRequest;
import vn.gov.cantho.egov.dossier.Applicant;
import vn.gov.cantho.egov.dossier.AttachedDocument;
import vn.gov.cantho.egov.dossier.DossierApplication;
import vn.gov.cantho.egov.dossier.ProposedOutcome;
import vn.gov.cantho.egov.procedure.DeliveryOption;

/**
 * The demo dossiers: passports (procedure 1.001456, immigration office) in every state of the team's day, and
 * commune dossiers of Cái Khế ward (birth registration DEMO-07, certified copies DEMO-12). The citizen's own
 * applications use his demo phone, so they can be tracked by code and phone; the counter applicants are fictitious.
 */
final class DemoData {

	static final Locale VI = Locale.forLanguageTag("vi");
	static final String CITIZEN_PHONE = "0901234567";

	private DemoData() {
	}

	static List<DemoScenario> scenarios() {
		return List.of(DemoScenario.online("demo-xnc-1", passport("Nguyễn Văn An (demo)", DeliveryOption.COUNTER)),
				DemoScenario.online("demo-xnc-2", passport("Nguyễn Văn An (demo)", DeliveryOption.POST))
					.then("officer", RECEIVE),
				DemoScenario.online("demo-xnc-3", passport("Nguyễn Thị Mai (demo)", DeliveryOption.COUNTER))
					.then("officer", RECEIVE)
					.then("officer", ASSIGN, assign("specialist")),
				DemoScenario.online("demo-xnc-4", passport("Nguyễn Văn Bình (demo)", DeliveryOption.COUNTER))
					.then("officer", RECEIVE)
					.then("officer", ASSIGN, assign("specialist"))
					.then("specialist", PROPOSE, new ActionRequest("Hồ sơ đầy đủ, đủ điều kiện cấp (demo)", null,
							ProposedOutcome.GRANT, null, null, List.of())),
				DemoScenario.online("demo-xnc-5", passport("Nguyễn Văn An (demo)", DeliveryOption.COUNTER))
					.then("officer", RECEIVE)
					.then("officer", ASSIGN, assign("specialist"))
					.then("specialist", PROPOSE, new ActionRequest("Đủ điều kiện cấp (demo)", null,
							ProposedOutcome.GRANT, null, null, List.of()))
					.then("leader", APPROVE),
				DemoScenario.counter("demo-xnc-counter", "officer", counterPassport()),
				DemoScenario.online("demo-caikhe-1", birth("Lê Minh Khôi (demo)")),
				DemoScenario.online("demo-caikhe-2", birth("Lê Ngọc Hân (demo)"))
					.then("officer.caikhe", RECEIVE)
					.then("officer.caikhe", ASSIGN, assign("specialist.caikhe"))
					.then("specialist.caikhe", REQUEST_SUPPLEMENT,
							ActionRequest.comment("Giấy chứng sinh bị mờ, xin chụp lại (demo)")),
				DemoScenario.counter("demo-caikhe-counter", "officer.caikhe", certifiedCopies()));
	}

	private static DossierApplication passport(String child, DeliveryOption delivery) {
		Map<String, String> form = Map.of("fullName", child.replace(" (demo)", ""), "dateOfBirth", "1995-03-12",
				"placeOfBirth", "Cần Thơ", "citizenId", "092095001234", "phone", CITIZEN_PHONE);
		return new DossierApplication("1.001456", applicant(child, CITIZEN_PHONE), form,
				List.of(new AttachedDocument("to-khai", null)), delivery,
				delivery == DeliveryOption.POST ? "12 Hòa Bình, phường Cái Khế, Cần Thơ" : null, VI);
	}

	private static DossierApplication counterPassport() {
		Map<String, String> form = Map.of("fullName", "Trần Thị Bích", "dateOfBirth", "1988-07-20", "placeOfBirth",
				"Sóc Trăng", "citizenId", "094188000456", "phone", "0912345678");
		return new DossierApplication("1.001456", applicant("Trần Thị Bích (demo)", "0912345678"), form, List.of(),
				DeliveryOption.COUNTER, null, VI);
	}

	private static DossierApplication birth(String child) {
		Map<String, String> form = Map.of("childName", child.replace(" (demo)", ""), "childDateOfBirth",
				"2026-11-02", "childSex", "Nam", "placeOfBirth", "Bệnh viện Phụ sản thành phố Cần Thơ", "motherName",
				"Phạm Thị Lan", "phone", CITIZEN_PHONE);
		return new DossierApplication("DEMO-07", applicant("Nguyễn Văn An (demo)", CITIZEN_PHONE), form,
				List.of(new AttachedDocument("to-khai", null), new AttachedDocument("giay-chung-sinh", null)),
				DeliveryOption.COUNTER, null, VI);
	}

	private static DossierApplication certifiedCopies() {
		Map<String, String> form = Map.of("fullName", "Võ Văn Tài", "citizenId", "092090000789", "phone",
				"0939123456", "pages", "3");
		return new DossierApplication("DEMO-12", applicant("Võ Văn Tài (demo)", "0939123456"), form, List.of(),
				DeliveryOption.COUNTER, null, VI);
	}

	private static Applicant applicant(String name, String phone) {
		return new Applicant(name, null, phone, null, "Phường Cái Khế, thành phố Cần Thơ");
	}

	private static ActionRequest assign(String specialist) {
		return new ActionRequest(null, specialist, null, null, null, List.of());
	}
}
