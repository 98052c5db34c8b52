package vn.gov.cantho.egov.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The 63 province codes that open a 12-digit personal ID number. Source: Decree 137/2015/NĐ-CP (art. 7: the
 * number's first three digits are the code of the province where the birth was registered) and Circular
 * 07/2016/TT-BCA, Annex I (Mã tỉnh, thành phố trực thuộc trung ương), which reuses the administrative codes of
 * Decision 124/2004/QĐ-TTg. Kept as data here because ID numbers issued before the 2025 provincial mergers keep
 * their old codes for life.
 */
final class ProvinceCodes {

	private static final Map<String, String> NAMES = new TreeMap<>();

	static {
		String[] data = { "001", "Hà Nội", "002", "Hà Giang", "004", "Cao Bằng", "006", "Bắc Kạn", "008", "Tuyên Quang",
				"010", "Lào Cai", "011", "Điện Biên", "012", "Lai Châu", "014", "Sơn La", "015", "Yên Bái", "017",
				"Hòa Bình", "019", "Thái Nguyên", "020", "Lạng Sơn", "022", "Quảng Ninh", "024", "Bắc Giang", "025",
				"Phú Thọ", "026", "Vĩnh Phúc", "027", "Bắc Ninh", "030", "Hải Dương", "031", "Hải Phòng", "033",
				"Hưng Yên", "034", "Thái Bình", "035", "Hà Nam", "036", "Nam Định", "037", "Ninh Bình", "038",
				"Thanh Hóa", "040", "Nghệ An", "042", "Hà Tĩnh", "044", "Quảng Bình", "045", "Quảng Trị", "046",
				"Thừa Thiên Huế", "048", "Đà Nẵng", "049", "Quảng Nam", "051", "Quảng Ngãi", "052", "Bình Định", "054",
				"Phú Yên", "056", "Khánh Hòa", "058", "Ninh Thuận", "060", "Bình Thuận", "062", "Kon Tum", "064",
				"Gia Lai", "066", "Đắk Lắk", "067", "Đắk Nông", "068", "Lâm Đồng", "070", "Bình Phước", "072",
				"Tây Ninh", "074", "Bình Dương", "075", "Đồng Nai", "077", "Bà Rịa - Vũng Tàu", "079",
				"Thành phố Hồ Chí Minh", "080", "Long An", "082", "Tiền Giang", "083", "Bến Tre", "084", "Trà Vinh",
				"086", "Vĩnh Long", "087", "Đồng Tháp", "089", "An Giang", "091", "Kiên Giang", "092", "Cần Thơ",
				"093", "Hậu Giang", "094", "Sóc Trăng", "095", "Bạc Liêu", "096", "Cà Mau" };
		for (int i = 0; i < data.length; i += 2) {
			NAMES.put(data[i], data[i + 1]);
		}
	}

	private ProvinceCodes() {
	}

	static boolean isKnown(String code) {
		return NAMES.containsKey(code);
	}

	static Optional<String> name(String code) {
		return Optional.ofNullable(NAMES.get(code));
	}

	/** All codes in ascending order (tests generate numbers from them). */
	static List<String> codes() {
		return List.copyOf(NAMES.keySet());
	}
}
