package vn.gov.cantho.egov.dossier.domain;

import java.util.List;
import java.util.Set;

import vn.gov.cantho.egov.calendar.TimeLimit;
import vn.gov.cantho.egov.procedure.DeliveryOption;
import vn.gov.cantho.egov.procedure.DocumentForm;
import vn.gov.cantho.egov.procedure.FeeSchedule;
import vn.gov.cantho.egov.procedure.FormField;
import vn.gov.cantho.egov.procedure.OnlineMode;
import vn.gov.cantho.egov.procedure.ProcedureLevel;
import vn.gov.cantho.egov.procedure.ProcedureView;
import vn.gov.cantho.egov.procedure.RequiredDocument;
import vn.gov.cantho.egov.procedure.ResultForm;

/** Procedures as the catalogue would publish them, for unit tests of the rules. */
final class TestProcedures {

	private TestProcedures() {
	}

	/** A passport-like procedure: 8 working days, fee 200.000 VND, two mandatory documents and one optional. */
	static ProcedureView passport() {
		return passport(OnlineMode.FULL, true);
	}

	static ProcedureView passport(OnlineMode mode, boolean active) {
		return new ProcedureView("1.001456", "Cấp hộ chiếu phổ thông ở trong nước", "Passport", "XUAT-NHAP-CANH",
				ProcedureLevel.CITY, "CA-XNC", TimeLimit.workingDays(8), FeeSchedule.fixed(200_000, null), mode,
				ResultForm.PAPER, Set.of(DeliveryOption.COUNTER, DeliveryOption.POST),
				List.of(new RequiredDocument("TO-KHAI", "Tờ khai", "Application form", DocumentForm.ORIGINAL, 1, true),
						new RequiredDocument("ANH", "Ảnh chân dung", "Portrait photo", DocumentForm.ORIGINAL, 2, true),
						new RequiredDocument("HO-CHIEU-CU", "Hộ chiếu cũ", "Old passport", DocumentForm.ORIGINAL, 1,
								false)),
				List.of(new FormField("hoTen", "Họ và tên", "Full name", FormField.FieldType.TEXT, true, 100, null,
						null),
						new FormField("ngaySinh", "Ngày sinh", "Date of birth", FormField.FieldType.DATE, true, null,
								null, null),
						new FormField("soDinhDanh", "Số định danh", "ID number", FormField.FieldType.CITIZEN_ID, true,
								null, null, null),
						new FormField("loaiHoChieu", "Loại", "Kind", FormField.FieldType.CHOICE, false, null, null,
								List.of("THUONG", "GAP")),
						new FormField("maBuuChinh", "Mã bưu chính", "Postcode", FormField.FieldType.TEXT, false, 6,
								"\\d{6}", null)),
				active);
	}
}
