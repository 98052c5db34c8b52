package vn.gov.cantho.egov.health.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * A demo person without an account, checked in by staff from their ID number (valid Cần Thơ numbers, province 092,
 * made up for the demo) and named as demo where a person sees it.
 */
record DemoPerson(String idNumber, String fullName, String phone, LocalDate dateOfBirth) {

	/** The person of the confirmed demo case. */
	static final DemoPerson CASE = new DemoPerson("092082000301", "Lê Văn Cường (demo)", "0912000301",
			LocalDate.of(1982, 3, 9));
	/** At the shop with the citizen after the citizen's exposure: an F2. */
	static final DemoPerson SHOP_CONTACT = new DemoPerson("092190000302", "Hoàng Thị Em (demo)", "0912000302",
			LocalDate.of(1990, 7, 21));
	/** At the restaurant too briefly to count as a contact. */
	static final DemoPerson BRIEF_VISIT = new DemoPerson("092188000303", "Phạm Thị Dung (demo)", "0912000303",
			LocalDate.of(1988, 11, 2));
	/** At the school with the citizen before the citizen's exposure: not a contact (time order). */
	static final DemoPerson EARLIER_VISIT = new DemoPerson("092095000304", "Ngô Văn Giang (demo)", "0912000304",
			LocalDate.of(1995, 1, 30));

	/** People whose check-ins only feed the figures, at hours away from the scenario's visits. */
	static final List<DemoPerson> CROWD = List.of(
			new DemoPerson("092075000311", "Trần Văn Hùng (demo)", "0912000311", LocalDate.of(1975, 2, 1)),
			new DemoPerson("092181000312", "Võ Thị Lan (demo)", "0912000312", LocalDate.of(1981, 4, 12)),
			new DemoPerson("092098000313", "Đặng Văn Minh (demo)", "0912000313", LocalDate.of(1998, 6, 5)),
			new DemoPerson("092170000314", "Bùi Thị Ngọc (demo)", "0912000314", LocalDate.of(1970, 9, 18)),
			new DemoPerson("092307000315", "Lý Thị Oanh (demo)", "0912000315", LocalDate.of(2007, 12, 24)),
			new DemoPerson("092060000316", "Huỳnh Văn Phúc (demo)", "0912000316", LocalDate.of(1960, 8, 8)),
			new DemoPerson("092193000317", "Dương Thị Quyên (demo)", "0912000317", LocalDate.of(1993, 3, 3)),
			new DemoPerson("092086000318", "Tạ Văn Sang (demo)", "0912000318", LocalDate.of(1986, 10, 10)));
}
