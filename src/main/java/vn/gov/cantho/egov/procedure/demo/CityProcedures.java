package vn.gov.cantho.egov.procedure.demo;

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
 * Demo procedures of the police and of city agencies, rows 1 to 6 and 16 of the sample table in the reference
 * (eservices.md section 5). Values the reference does not know are placeholders named in each procedure's notes.
 * Police procedures other than passports are handled by commune or traffic police, which the demo directory lacks:
 * the immigration office stands in, and the notes say so.
 */
final class CityProcedures {

	static final String DEMO = "Dữ liệu mẫu (demo), cần đối chiếu quyết định công bố thủ tục của thành phố. ";
	static final String DEMO_EN = " / Demo data, to be checked against the city's announced procedures. ";
	static final String POLICE_STAND_IN = "Cơ quan thực hiện thực tế là cơ quan công an khác; danh bạ mẫu chưa có "
			+ "nên tạm giao Phòng Quản lý xuất nhập cảnh.";
	static final String POLICE_STAND_IN_EN = " The handling police unit is not in the demo directory; the immigration "
			+ "office stands in.";
	static final String UNKNOWN_15_DAYS = " Thời hạn, lệ phí, mức trực tuyến chưa rõ: tạm đặt 15 ngày làm việc, "
			+ "miễn phí, không trực tuyến.";
	static final String UNKNOWN_15_DAYS_EN = " Time, fee and online level unknown: placeholders 15 working days, no "
			+ "fee, not online.";

	private CityProcedures() {
	}

	static List<DemoProcedure> all() {
		return List.of(passport(), permanentResidence(), temporaryResidence(), identityCard(), criminalRecord(),
				drivingLicence(), enterprise());
	}

	static DemoProcedure passport() {
		return procedure("1.001456", "Cấp hộ chiếu phổ thông ở trong nước",
				"Issuing an ordinary passport in Vietnam")
			.handledBy("CA-XNC", ProcedureLevel.CITY, "XUAT-NHAP-CANH")
			.days(8)
			.fee(FeeSchedule.fixed(200_000, null))
			.online(OnlineMode.FULL)
			.result(ResultForm.PAPER, DeliveryOption.POST)
			.document("to-khai", "Tờ khai đề nghị cấp hộ chiếu phổ thông (mẫu TK01) có dán ảnh chân dung",
					"Ordinary passport application form (TK01) with a portrait photo", DocumentForm.ORIGINAL, true)
			.document("ho-chieu-cu", "Hộ chiếu phổ thông đã được cấp lần gần nhất (nếu có)",
					"The most recent ordinary passport (if any)", DocumentForm.ORIGINAL, false)
			.field("fullName", "Họ và tên", "Full name", FieldType.TEXT, true)
			.field("dateOfBirth", "Ngày sinh", "Date of birth", FieldType.DATE, true)
			.field("placeOfBirth", "Nơi sinh", "Place of birth", FieldType.TEXT, true)
			.field("citizenId", "Số định danh cá nhân (CCCD)", "Personal identification number",
					FieldType.CITIZEN_ID, true, DemoProcedure.CITIZEN_ID, List.of())
			.field("phone", "Số điện thoại", "Phone number", FieldType.PHONE, true, DemoProcedure.PHONE, List.of())
			.field("email", "Thư điện tử", "E-mail", FieldType.EMAIL, false)
			.notes(DEMO + "Thời hạn 8 ngày làm việc (5 ngày tại Cục Quản lý xuất nhập cảnh) và lệ phí 200.000 đồng "
					+ "theo hệ thống của tỉnh khác; thành phần hồ sơ rút gọn." + DEMO_EN
					+ "8 working days (5 at the national Immigration Department) and 200,000 VND as in another "
					+ "province's system; documents simplified.");
	}

	static DemoProcedure permanentResidence() {
		return procedure("1.004222", "Đăng ký thường trú", "Registering permanent residence")
			.handledBy("CA-XNC", ProcedureLevel.COMMUNE, "AN-NINH-TRAT-TU")
			.days(7)
			.fee(FeeSchedule.fixed(20_000, 10_000L))
			.online(OnlineMode.FULL)
			.result(ResultForm.PAPER_AND_ELECTRONIC, DeliveryOption.POST, DeliveryOption.ONLINE)
			.document("to-khai-ct01", "Tờ khai thay đổi thông tin cư trú (mẫu CT01)",
					"Residence information change form (CT01)", DocumentForm.ORIGINAL, true)
			.document("cho-o-hop-phap", "Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp",
					"Proof of lawful accommodation", DocumentForm.COPY, true)
			.applicantFields()
			.field("newAddress", "Địa chỉ đăng ký thường trú", "Address to register", FieldType.TEXTAREA, true)
			.notes(DEMO + POLICE_STAND_IN + DEMO_EN + POLICE_STAND_IN_EN);
	}

	static DemoProcedure temporaryResidence() {
		return procedure("DEMO-03", "Đăng ký tạm trú", "Registering temporary residence")
			.handledBy("CA-XNC", ProcedureLevel.COMMUNE, "AN-NINH-TRAT-TU")
			.days(3)
			.document("to-khai-ct01", "Tờ khai thay đổi thông tin cư trú (mẫu CT01)",
					"Residence information change form (CT01)", DocumentForm.ORIGINAL, true)
			.document("cho-o-hop-phap", "Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp",
					"Proof of lawful accommodation", DocumentForm.COPY, true)
			.notes(DEMO + "Mã thủ tục quốc gia chưa xác nhận (mã tạm DEMO-03). Lệ phí và mức trực tuyến chưa rõ: "
					+ "tạm đặt miễn phí, không trực tuyến. " + POLICE_STAND_IN + DEMO_EN
					+ "National code unconfirmed (temporary code). Fee and online level unknown: placeholders no fee, "
					+ "not online." + POLICE_STAND_IN_EN);
	}

	static DemoProcedure identityCard() {
		return procedure("2.000200", "Cấp thẻ căn cước", "Issuing an identity card")
			.handledBy("CA-XNC", ProcedureLevel.CITY, "AN-NINH-TRAT-TU")
			.days(15)
			.document("to-khai-cc01", "Tờ khai căn cước (mẫu CC01)", "Identity card declaration (CC01)",
					DocumentForm.ORIGINAL, true)
			.notes(DEMO + UNKNOWN_15_DAYS + " " + POLICE_STAND_IN + DEMO_EN + UNKNOWN_15_DAYS_EN
					+ POLICE_STAND_IN_EN);
	}

	static DemoProcedure criminalRecord() {
		return procedure("3.000333", "Cấp phiếu lý lịch tư pháp", "Issuing a criminal record certificate")
			.handledBy("CA-XNC", ProcedureLevel.CITY, "AN-NINH-TRAT-TU")
			.days(15)
			.result(ResultForm.PAPER, DeliveryOption.POST)
			.document("to-khai", "Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp",
					"Criminal record certificate request form", DocumentForm.ORIGINAL, true)
			.document("giay-to-tuy-than", "Giấy tờ tùy thân của người yêu cầu", "Identity document of the applicant",
					DocumentForm.COPY, true)
			.notes(DEMO + "Thời hạn 10–15 ngày theo nguồn: lấy 15. Lệ phí theo Thông tư 16/2025/TT-BTC chưa rõ "
					+ "mức: tạm miễn phí. Nộp qua VNeID chưa xác nhận: tạm không trực tuyến. " + POLICE_STAND_IN
					+ DEMO_EN + "10 to 15 working days in the source: 15 used. Fee under Circular 16/2025/TT-BTC "
					+ "unknown: placeholder no fee. Filing through VNeID unconfirmed: not online."
					+ POLICE_STAND_IN_EN);
	}

	static DemoProcedure drivingLicence() {
		return procedure("3.000346", "Cấp, đổi giấy phép lái xe", "Issuing or renewing a driving licence")
			.handledBy("CA-XNC", ProcedureLevel.CITY, "AN-TOAN-GIAO-THONG")
			.days(15)
			.document("don-de-nghi", "Đơn đề nghị cấp, đổi giấy phép lái xe",
					"Application for issuing or renewing a driving licence", DocumentForm.ORIGINAL, true)
			.document("giay-kham-suc-khoe", "Giấy khám sức khỏe của người lái xe", "Driver's health certificate",
					DocumentForm.ORIGINAL, true)
			.notes(DEMO + UNKNOWN_15_DAYS + " " + POLICE_STAND_IN + DEMO_EN + UNKNOWN_15_DAYS_EN
					+ POLICE_STAND_IN_EN);
	}

	static DemoProcedure enterprise() {
		return procedure("2.001610", "Đăng ký thành lập doanh nghiệp", "Registering a new enterprise")
			.handledBy("TTPVHCC", ProcedureLevel.CITY, "DANG-KY-KINH-DOANH")
			.days(3)
			.fee(FeeSchedule.fixed(50_000, null))
			.online(OnlineMode.FULL)
			.result(ResultForm.PAPER_AND_ELECTRONIC, DeliveryOption.POST, DeliveryOption.ONLINE)
			.document("giay-de-nghi", "Giấy đề nghị đăng ký doanh nghiệp", "Enterprise registration application",
					DocumentForm.ORIGINAL, true)
			.document("dieu-le", "Điều lệ công ty", "Company charter", DocumentForm.ORIGINAL, true)
			.document("danh-sach-thanh-vien", "Danh sách thành viên hoặc cổ đông (nếu có)",
					"List of members or shareholders (if any)", DocumentForm.ORIGINAL, false)
			.field("enterpriseName", "Tên doanh nghiệp", "Enterprise name", FieldType.TEXT, true)
			.field("enterpriseType", "Loại hình doanh nghiệp", "Type of enterprise", FieldType.CHOICE, true, null,
					List.of("Công ty TNHH một thành viên", "Công ty TNHH hai thành viên trở lên", "Công ty cổ phần",
							"Công ty hợp danh", "Doanh nghiệp tư nhân"))
			.field("headOffice", "Địa chỉ trụ sở chính", "Head office address", FieldType.TEXTAREA, true)
			.field("charterCapital", "Vốn điều lệ (đồng)", "Charter capital (VND)", FieldType.NUMBER, true)
			.applicantFields()
			.notes(DEMO + "Hồ sơ nộp tại Trung tâm Phục vụ hành chính công; sở quyết định chưa có trong danh bạ "
					+ "mẫu." + DEMO_EN + "Filed at the public administration service centre; the deciding department "
					+ "is not in the demo directory.");
	}
}
