package vn.gov.cantho.egov.directory.demo;

import java.time.LocalDate;
import java.util.List;

import vn.gov.cantho.egov.directory.AbolishLevel;
import vn.gov.cantho.egov.directory.CreateUnit;
import vn.gov.cantho.egov.directory.MergeUnits;
import vn.gov.cantho.egov.directory.Reorganisations;
import vn.gov.cantho.egov.directory.UnitLevel;

/**
 * Demo administrative map of Cần Thơ, built with the reorganisation operations themselves.
 * <p>
 * The city (92) and its nine former districts carry their official GSO codes. The ward codes (311xx) are given from
 * memory of the GSO list and have <b>not been verified</b> against the official register: treat them as demo values.
 * Start dates are simplified to the city's founding day, 1 January 2004, for every unit (some wards and Thới Lai were
 * in fact created later). The district tier is then abolished on 1 July 2025, and An Hòa is merged into Cái Khế the
 * same day as a demo merger (the real 2025 merger list is larger and is to be loaded as data).
 */
final class DemoMap {

	static final String CITY = "92";
	static final LocalDate FOUNDED = LocalDate.of(2004, 1, 1);
	static final LocalDate TWO_TIERS = LocalDate.of(2025, 7, 1);
	static final String DEMO_BASIS = "Dữ liệu mẫu (demo) - Nghị định 05/2004/NĐ-CP";

	private record Unit(String code, String name, String parent) {
	}

	private static final List<Unit> DISTRICTS = List.of(new Unit("916", "Quận Ninh Kiều", CITY),
			new Unit("917", "Quận Ô Môn", CITY), new Unit("918", "Quận Bình Thủy", CITY),
			new Unit("919", "Quận Cái Răng", CITY), new Unit("923", "Quận Thốt Nốt", CITY),
			new Unit("924", "Huyện Vĩnh Thạnh", CITY), new Unit("925", "Huyện Cờ Đỏ", CITY),
			new Unit("926", "Huyện Phong Điền", CITY), new Unit("927", "Huyện Thới Lai", CITY));

	private static final List<Unit> WARDS = List.of(new Unit("31117", "Phường Cái Khế", "916"),
			new Unit("31120", "Phường An Hòa", "916"), new Unit("31144", "Phường Xuân Khánh", "916"),
			new Unit("31147", "Phường Hưng Lợi", "916"), new Unit("31174", "Phường Bình Thủy", "918"),
			new Unit("31177", "Phường Trà An", "918"), new Unit("31198", "Phường Lê Bình", "919"),
			new Unit("31201", "Phường Hưng Phú", "919"), new Unit("31204", "Phường Hưng Thạnh", "919"));

	static final String CAI_KHE = "31117";
	static final String AN_HOA = "31120";
	static final String HUNG_THANH = "31204";
	static final String NINH_KIEU = "916";

	private DemoMap() {
	}

	static void load(Reorganisations reorganisations) {
		reorganisations.create(new CreateUnit(CITY, "Thành phố Cần Thơ", UnitLevel.PROVINCE, null, FOUNDED,
				DEMO_BASIS));
		DISTRICTS.forEach(d -> reorganisations
			.create(new CreateUnit(d.code(), d.name(), UnitLevel.DISTRICT, d.parent(), FOUNDED, DEMO_BASIS)));
		WARDS.forEach(w -> reorganisations
			.create(new CreateUnit(w.code(), w.name(), UnitLevel.COMMUNE, w.parent(), FOUNDED, DEMO_BASIS)));
		reorganisations.abolishLevel(new AbolishLevel(UnitLevel.DISTRICT, TWO_TIERS,
				"Nghị quyết 202/2025/QH15; tổ chức chính quyền địa phương hai cấp"));
		reorganisations.merge(new MergeUnits(List.of(AN_HOA, CAI_KHE), CAI_KHE, null, TWO_TIERS,
				"Dữ liệu mẫu (demo): minh họa sáp nhập phường An Hòa vào phường Cái Khế"));
	}
}
