package vn.gov.cantho.egov.directory.demo;

import java.util.List;

import vn.gov.cantho.egov.directory.AgencyKind;
import vn.gov.cantho.egov.directory.FieldView;
import vn.gov.cantho.egov.directory.domain.AgencyData;

/** Demo agencies and fields. The agency codes are contracts: other modules' demo data and tests use them. */
final class DemoAgencies {

	static final List<AgencyData> AGENCIES = List.of(
			agency("UBND-TP", "Ủy ban nhân dân thành phố Cần Thơ", "People's Committee of Can Tho City",
					AgencyKind.PEOPLES_COMMITTEE, DemoMap.CITY),
			agency("VP-UBND", "Văn phòng UBND thành phố (tổng đài 1022)",
					"Office of the City People's Committee (1022 hotline)", AgencyKind.OTHER, DemoMap.CITY),
			agency("TTPVHCC", "Trung tâm Phục vụ hành chính công thành phố", "City Public Administration Service Centre",
					AgencyKind.SERVICE_CENTRE, DemoMap.CITY),
			agency("SYT", "Sở Y tế", "Department of Health", AgencyKind.HEALTH, DemoMap.CITY),
			agency("STP", "Sở Tư pháp", "Department of Justice", AgencyKind.DEPARTMENT, DemoMap.CITY),
			agency("SLDTBXH", "Sở Lao động - Thương binh và Xã hội",
					"Department of Labour, Invalids and Social Affairs", AgencyKind.DEPARTMENT, DemoMap.CITY),
			agency("STTTT", "Sở Thông tin và Truyền thông", "Department of Information and Communications",
					AgencyKind.DEPARTMENT, DemoMap.CITY),
			agency("CA-XNC", "Phòng Quản lý xuất nhập cảnh - Công an thành phố", "Immigration Office of the City Police",
					AgencyKind.POLICE, DemoMap.CITY),
			agency("HQ-CT", "Cục Hải quan thành phố Cần Thơ", "Can Tho Customs", AgencyKind.CUSTOMS, DemoMap.CITY),
			// Agencies answering 1022 feedback (security and order, traffic, urban order, environment).
			agency("CA-TP", "Công an thành phố Cần Thơ", "Can Tho City Police", AgencyKind.POLICE, DemoMap.CITY),
			agency("SXD", "Sở Xây dựng", "Department of Construction", AgencyKind.DEPARTMENT, DemoMap.CITY),
			agency("SNNMT", "Sở Nông nghiệp và Môi trường", "Department of Agriculture and Environment",
					AgencyKind.DEPARTMENT, DemoMap.CITY),
			agency("UBND-CAIKHE", "Ủy ban nhân dân phường Cái Khế", "People's Committee of Cai Khe Ward",
					AgencyKind.PEOPLES_COMMITTEE, DemoMap.CAI_KHE),
			agency("UBND-HUNGTHANH", "Ủy ban nhân dân phường Hưng Thạnh", "People's Committee of Hung Thanh Ward",
					AgencyKind.PEOPLES_COMMITTEE, DemoMap.HUNG_THANH),
			// The district committee stopped working when the district tier was abolished; kept to show history.
			new AgencyData("UBND-NINHKIEU", "Ủy ban nhân dân quận Ninh Kiều (đến 01/7/2025)",
					"People's Committee of Ninh Kieu District (until 1 July 2025)", AgencyKind.PEOPLES_COMMITTEE,
					DemoMap.NINH_KIEU, false));

	static final List<FieldView> FIELDS = List.of(new FieldView("HO-TICH", "Hộ tịch", "Civil status"),
			new FieldView("CHUNG-THUC", "Chứng thực", "Certification"),
			new FieldView("XUAT-NHAP-CANH", "Xuất nhập cảnh", "Immigration"),
			new FieldView("DANG-KY-KINH-DOANH", "Đăng ký kinh doanh", "Business registration"),
			new FieldView("Y-TE", "Y tế", "Health"),
			new FieldView("AN-NINH-TRAT-TU", "An ninh trật tự", "Security and public order"),
			new FieldView("AN-TOAN-GIAO-THONG", "An toàn giao thông", "Traffic safety"),
			new FieldView("VE-SINH-MOI-TRUONG", "Vệ sinh môi trường", "Environmental sanitation"),
			new FieldView("LAO-DONG-VIEC-LAM", "Lao động - việc làm", "Labour and employment"),
			new FieldView("TRAT-TU-DO-THI", "Trật tự đô thị", "Urban order"),
			new FieldView("DICH-VU-CONG", "Dịch vụ công trực tuyến", "Online public services"));

	private DemoAgencies() {
	}

	private static AgencyData agency(String code, String name, String nameEn, AgencyKind kind, String unit) {
		return new AgencyData(code, name, nameEn, kind, unit, true);
	}
}
