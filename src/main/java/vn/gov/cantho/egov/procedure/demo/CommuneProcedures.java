package vn.gov.cantho.egov.procedure.demo;

import static vn.gov.cantho.egov.procedure.demo.CityProcedures.DEMO;
import static vn.gov.cantho.egov.procedure.demo.CityProcedures.DEMO_EN;
import static vn.gov.cantho.egov.procedure.demo.DemoProcedure.procedure;

import java.util.List;

import vn.gov.cantho.egov.procedure.DeliveryOption;
import vn.gov.cantho.egov.procedure.DocumentForm;
import vn.gov.cantho.egov.procedure.FeeSchedule;
import vn.gov.cantho.egov.procedure.FormField.FieldType;
import vn.gov.cantho.egov.procedure.OnlineMode;
import vn.gov.cantho.egov.procedure.ProcedureLevel;
import vn.gov.cantho.egov.procedure.ResultForm;

/**
 * Demo procedures of the communes (wards), rows 7 to 15, 17 and 20 of the sample table in the reference. The
 * reference gives no national code for them: they carry temporary codes DEMO-nn (nn = row). A time limit the
 * reference does not know is set to 3 working days, the longest it gives for a commune civil-status procedure.
 */
final class CommuneProcedures {

	static final String CAI_KHE = "UBND-CAIKHE";
	static final String HUNG_THANH = "UBND-HUNGTHANH";
	static final String NO_CODE = "Mã thủ tục quốc gia chưa xác nhận (mã tạm). ";
	static final String NO_CODE_EN = "National code unconfirmed (temporary code). ";
	static final String UNKNOWN_DAYS = "Thời hạn chưa rõ: tạm đặt 3 ngày làm việc. ";
	static final String UNKNOWN_DAYS_EN = "Time limit unknown: placeholder 3 working days. ";
	static final String UNKNOWN_FEE = "Lệ phí chưa rõ: tạm đặt miễn phí. ";
	static final String UNKNOWN_FEE_EN = "Fee unknown: placeholder no fee. ";
	static final String NOT_ONLINE = "Mức trực tuyến chưa rõ: tạm đặt không trực tuyến. ";
	static final String NOT_ONLINE_EN = "Online level unknown: placeholder not online. ";

	private CommuneProcedures() {
	}

	static List<DemoProcedure> all() {
		return List.of(birth(), marriage(), death(), extractCopy(), maritalStatus(), certifiedCopy(), signature(),
				contract(), householdBusiness(), buildingPermit(), socialAllowance());
	}

	static DemoProcedure birth() {
		return procedure("DEMO-07", "Đăng ký khai sinh", "Birth registration")
			.handledBy(CAI_KHE, ProcedureLevel.COMMUNE, "HO-TICH")
			.sameDay()
			.online(OnlineMode.FULL)
			.result(ResultForm.PAPER_AND_ELECTRONIC, DeliveryOption.POST, DeliveryOption.ONLINE)
			.document("to-khai", "Tờ khai đăng ký khai sinh", "Birth registration form", DocumentForm.ORIGINAL, true)
			.document("giay-chung-sinh", "Giấy chứng sinh", "Certificate of live birth", DocumentForm.ORIGINAL, true)
			.field("childName", "Họ và tên người được khai sinh", "Full name of the child", FieldType.TEXT, true)
			.field("childDateOfBirth", "Ngày sinh", "Date of birth", FieldType.DATE, true)
			.field("childSex", "Giới tính", "Sex", FieldType.CHOICE, true, null, List.of("Nam", "Nữ"))
			.field("placeOfBirth", "Nơi sinh", "Place of birth", FieldType.TEXT, true)
			.field("motherName", "Họ và tên mẹ", "Mother's full name", FieldType.TEXT, true)
			.field("fatherName", "Họ và tên cha", "Father's full name", FieldType.TEXT, false)
			.field("phone", "Số điện thoại người đi khai sinh", "Phone of the person registering", FieldType.PHONE,
					true, DemoProcedure.PHONE, List.of())
			.notes(DEMO + NO_CODE + "Giải quyết trong ngày và miễn lệ phí khi đăng ký đúng hạn: chưa xác nhận."
					+ DEMO_EN
					+ NO_CODE_EN + "Same day and no fee when registered on time: unconfirmed.");
	}

	static DemoProcedure marriage() {
		return procedure("DEMO-08", "Đăng ký kết hôn", "Marriage registration")
			.handledBy(CAI_KHE, ProcedureLevel.COMMUNE, "HO-TICH")
			.days(3)
			.online(OnlineMode.PARTIAL)
			.document("to-khai", "Tờ khai đăng ký kết hôn", "Marriage registration form", DocumentForm.ORIGINAL, true)
			.applicantFields()
			.field("partnerName", "Họ và tên người kết hôn cùng", "Full name of the partner", FieldType.TEXT, true)
			.notes(DEMO + NO_CODE + UNKNOWN_DAYS + "Miễn lệ phí cho người cư trú trong nước. Trực tuyến một phần: "
					+ "hai bên phải có mặt khi đăng ký (chưa xác nhận)." + DEMO_EN + NO_CODE_EN + UNKNOWN_DAYS_EN
					+ "No fee for residents. Partly online: both parties appear in person (unconfirmed).");
	}

	static DemoProcedure death() {
		return procedure("DEMO-09", "Đăng ký khai tử", "Death registration")
			.handledBy(CAI_KHE, ProcedureLevel.COMMUNE, "HO-TICH")
			.days(3)
			.document("to-khai", "Tờ khai đăng ký khai tử", "Death registration form", DocumentForm.ORIGINAL, true)
			.document("giay-bao-tu", "Giấy báo tử hoặc giấy tờ thay thế", "Death notice or equivalent document",
					DocumentForm.ORIGINAL, true)
			.notes(DEMO + NO_CODE + UNKNOWN_DAYS + UNKNOWN_FEE + NOT_ONLINE
					+ "Phải đăng ký trong 15 ngày kể từ ngày chết." + DEMO_EN + NO_CODE_EN + UNKNOWN_DAYS_EN
					+ UNKNOWN_FEE_EN + NOT_ONLINE_EN + "Must be registered within 15 days of the death.");
	}

	static DemoProcedure extractCopy() {
		return procedure("DEMO-10", "Cấp bản sao trích lục hộ tịch", "Issuing copies of civil status extracts")
			.handledBy(CAI_KHE, ProcedureLevel.COMMUNE, "HO-TICH")
			.days(1)
			.fee(FeeSchedule.fixed(8_000, null))
			.document("to-khai", "Tờ khai cấp bản sao trích lục hộ tịch", "Request form for civil status extracts",
					DocumentForm.ORIGINAL, true)
			.notes(DEMO + NO_CODE + "Trong ngày hoặc ngày hôm sau: lấy 1 ngày làm việc. Lệ phí 8.000 đồng mỗi bản "
					+ "sao. " + NOT_ONLINE + DEMO_EN + NO_CODE_EN + "Same or next day: 1 working day used. "
					+ "8,000 VND per copy. " + NOT_ONLINE_EN);
	}

	static DemoProcedure maritalStatus() {
		return procedure("DEMO-11", "Xác nhận tình trạng hôn nhân", "Confirmation of marital status")
			.handledBy(CAI_KHE, ProcedureLevel.COMMUNE, "HO-TICH")
			.days(3)
			.document("to-khai", "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân",
					"Request form for a marital status confirmation", DocumentForm.ORIGINAL, true)
			.applicantFields()
			.notes(DEMO + NO_CODE + "3 ngày làm việc, 5 ngày nếu cần xác minh. " + UNKNOWN_FEE + NOT_ONLINE + DEMO_EN
					+ NO_CODE_EN + "3 working days, 5 when verification is needed. " + UNKNOWN_FEE_EN
					+ NOT_ONLINE_EN);
	}

	static DemoProcedure certifiedCopy() {
		return procedure("DEMO-12", "Chứng thực bản sao từ bản chính", "Certifying copies from originals")
			.handledBy(CAI_KHE, ProcedureLevel.COMMUNE, "CHUNG-THUC")
			.sameDay()
			.fee(new FeeSchedule(FeeSchedule.Kind.PER_PAGE, 2_000, null, 2, 1_000L, 200_000L))
			.online(OnlineMode.PARTIAL)
			.document("ban-chinh", "Bản chính giấy tờ cần chứng thực (xuất trình khi nhận kết quả)",
					"The original document (shown when collecting the result)", DocumentForm.ORIGINAL, true)
			.document("ban-sao", "Bản sao cần chứng thực", "The copy to certify", DocumentForm.COPY, true)
			.applicantFields()
			.field("pages", "Số trang cần chứng thực", "Number of pages to certify", FieldType.NUMBER, true)
			.notes(DEMO + NO_CODE + "Nhận sau 15 giờ thì trả vào ngày làm việc tiếp theo. Lệ phí theo Thông tư "
					+ "226/2016/TT-BTC; tối đa 200.000 đồng mỗi bản." + DEMO_EN + NO_CODE_EN
					+ "Received after 15:00: the next working day. Fee under Circular 226/2016/TT-BTC; at most "
					+ "200,000 VND per copy.");
	}

	static DemoProcedure signature() {
		return procedure("DEMO-13", "Chứng thực chữ ký", "Certifying a signature")
			.handledBy(CAI_KHE, ProcedureLevel.COMMUNE, "CHUNG-THUC")
			.sameDay()
			.fee(FeeSchedule.fixed(10_000, null))
			.document("van-ban", "Giấy tờ, văn bản cần chứng thực chữ ký", "The document whose signature is certified",
					DocumentForm.ORIGINAL, true)
			.notes(DEMO + NO_CODE + "Người yêu cầu ký trước mặt người thực hiện chứng thực." + DEMO_EN + NO_CODE_EN
					+ "The applicant signs in person.");
	}

	static DemoProcedure contract() {
		return procedure("DEMO-14", "Chứng thực hợp đồng, giao dịch", "Certifying contracts and transactions")
			.handledBy(CAI_KHE, ProcedureLevel.COMMUNE, "CHUNG-THUC")
			.days(3)
			.fee(FeeSchedule.fixed(50_000, null))
			.document("du-thao", "Dự thảo hợp đồng, giao dịch", "Draft contract or transaction",
					DocumentForm.ORIGINAL, true)
			.document("giay-to-tuy-than", "Giấy tờ tùy thân của người yêu cầu", "Identity document of the applicant",
					DocumentForm.COPY, true)
			.notes(DEMO + NO_CODE + UNKNOWN_DAYS + DEMO_EN + NO_CODE_EN + UNKNOWN_DAYS_EN);
	}

	static DemoProcedure householdBusiness() {
		return procedure("DEMO-15", "Đăng ký thành lập hộ kinh doanh", "Registering a household business")
			.handledBy(HUNG_THANH, ProcedureLevel.COMMUNE, "DANG-KY-KINH-DOANH")
			.days(3)
			.fee(FeeSchedule.fixed(100_000, null))
			.online(OnlineMode.FULL)
			.result(ResultForm.PAPER_AND_ELECTRONIC, DeliveryOption.POST, DeliveryOption.ONLINE)
			.document("giay-de-nghi", "Giấy đề nghị đăng ký hộ kinh doanh", "Household business registration form",
					DocumentForm.ORIGINAL, true)
			.document("hop-dong-thue", "Hợp đồng thuê địa điểm kinh doanh (nếu có)",
					"Lease of the business premises (if any)", DocumentForm.COPY, false)
			.field("businessName", "Tên hộ kinh doanh", "Business name", FieldType.TEXT, true)
			.field("businessAddress", "Địa điểm kinh doanh", "Business address", FieldType.TEXTAREA, true)
			.field("businessLines", "Ngành, nghề kinh doanh", "Lines of business", FieldType.TEXTAREA, true)
			.field("capital", "Vốn kinh doanh (đồng)", "Business capital (VND)", FieldType.NUMBER, true)
			.applicantFields()
			.notes(DEMO + NO_CODE + "Trước 01/7/2025 thuộc cấp huyện. Lệ phí do HĐND thành phố quy định: 100.000 đồng "
					+ "lấy từ dữ liệu mẫu của tỉnh khác." + DEMO_EN + NO_CODE_EN + "District level before 1 July 2025. "
					+ "Fee set by the city council: 100,000 VND from another province's seed data.");
	}

	static DemoProcedure buildingPermit() {
		return procedure("DEMO-17", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Building permit for a detached house")
			.handledBy(HUNG_THANH, ProcedureLevel.COMMUNE, "TRAT-TU-DO-THI")
			.days(15)
			.fee(FeeSchedule.fixed(75_000, null))
			.online(OnlineMode.PARTIAL)
			.result(ResultForm.PAPER, DeliveryOption.POST)
			.document("don-de-nghi", "Đơn đề nghị cấp giấy phép xây dựng", "Building permit application",
					DocumentForm.ORIGINAL, true)
			.document("quyen-su-dung-dat", "Giấy tờ chứng minh quyền sử dụng đất", "Proof of land use rights",
					DocumentForm.CERTIFIED_COPY, true)
			.document("ban-ve", "Bản vẽ thiết kế xây dựng", "Construction drawings", DocumentForm.ORIGINAL, true)
			.applicantFields()
			.field("siteAddress", "Địa chỉ công trình", "Site address", FieldType.TEXTAREA, true)
			.notes(DEMO + NO_CODE + "Trước 01/7/2025 thuộc cấp huyện. Lệ phí do HĐND quy định: 75.000 đồng lấy từ dữ "
					+ "liệu mẫu của tỉnh khác. Lĩnh vực Trật tự đô thị tạm thay cho Xây dựng." + DEMO_EN + NO_CODE_EN
					+ "District level before 1 July 2025. Fee set by the city council: 75,000 VND from another "
					+ "province's seed data. Urban order stands in for the construction field.");
	}

	static DemoProcedure socialAllowance() {
		return procedure("DEMO-20", "Trợ cấp xã hội hàng tháng", "Monthly social allowance")
			.handledBy(HUNG_THANH, ProcedureLevel.COMMUNE, "LAO-DONG-VIEC-LAM")
			.days(15)
			.online(OnlineMode.FULL)
			.result(ResultForm.PAPER, DeliveryOption.POST)
			.document("to-khai", "Tờ khai đề nghị trợ giúp xã hội", "Social assistance application form",
					DocumentForm.ORIGINAL, true)
			.applicantFields()
			.field("dateOfBirth", "Ngày sinh", "Date of birth", FieldType.DATE, true)
			.field("address", "Nơi cư trú", "Residence", FieldType.TEXTAREA, true)
			.notes(DEMO + NO_CODE + "Thời hạn 15 ngày, miễn phí và toàn trình theo dữ liệu mẫu chất lượng thấp. Lĩnh "
					+ "vực Lao động - việc làm tạm thay cho Bảo trợ xã hội." + DEMO_EN + NO_CODE_EN
					+ "15 days, no fee and full online from low-quality seed data. Labour and employment stands in "
					+ "for social protection.");
	}
}
