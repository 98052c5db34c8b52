package vn.gov.cantho.egov.feedback.demo;

import java.util.List;
import java.util.Map;

import vn.gov.cantho.egov.feedback.FeedbackFieldView.AttributeValue;
import vn.gov.cantho.egov.feedback.FeedbackFieldView.FieldAttribute;
import vn.gov.cantho.egov.feedback.domain.FieldDefinition;

/**
 * The fields the demo 1022 system takes, keyed by the directory's demo field codes, with deadlines, default agencies
 * and the wards of Cái Khế and Hưng Thạnh routed to their people's committees for environment and urban order.
 * Deadlines are demo values, not legal ones.
 */
final class DemoFields {

	static final String CAI_KHE = "31117";
	static final String HUNG_THANH = "31204";
	static final Map<String, String> WARD_ROUTING = Map.of(CAI_KHE, "UBND-CAIKHE", HUNG_THANH, "UBND-HUNGTHANH");

	private DemoFields() {
	}

	static List<FieldDefinition> fields() {
		return List.of(
				field("VE-SINH-MOI-TRUONG", 7, "SNNMT", "realtime", "rac,nuoc thai,o nhiem", "Môi trường", 10,
						WARD_ROUTING,
						List.of(new FieldAttribute("loai", "singlevaluelist", true, "Loại vấn đề môi trường",
								"Kind of environmental problem", 1,
								List.of(new AttributeValue("rac-thai", "Rác thải", "Waste"),
										new AttributeValue("nuoc-thai", "Nước thải", "Waste water"),
										new AttributeValue("khoi-bui-tieng-on", "Khói bụi, tiếng ồn",
												"Smoke, dust and noise"))))),
				field("TRAT-TU-DO-THI", 10, "SXD", "realtime", "lan chiem,via he,xay dung", "Đô thị", 20,
						WARD_ROUTING, List.of()),
				field("AN-TOAN-GIAO-THONG", 10, "SXD", "realtime", "giao thong,duong,den tin hieu", "Giao thông", 30,
						Map.of(),
						List.of(new FieldAttribute("su-co", "singlevaluelist", false, "Sự cố trên đường (nếu có)",
								"Road defect, if any", 1,
								List.of(new AttributeValue("o-ga", "Ổ gà, hư hỏng mặt đường", "Pothole, damaged road"),
										new AttributeValue("den-tin-hieu", "Đèn tín hiệu hỏng",
												"Broken traffic light"),
										new AttributeValue("bien-bao", "Biển báo mất hoặc bị che",
												"Missing or hidden sign"),
										new AttributeValue("khac", "Khác", "Other"))))),
				field("AN-NINH-TRAT-TU", 7, "CA-TP", "realtime", "an ninh,trat tu,gay roi", "An ninh", 40, Map.of(),
						List.of()),
				field("Y-TE", 10, "SYT", "realtime", "y te,benh vien,an toan thuc pham", "Y tế", 50, Map.of(),
						List.of()),
				field("DICH-VU-CONG", 5, "TTPVHCC", "batch", "dich vu cong,ho so truc tuyen", "Hành chính", 60,
						Map.of(), List.of()),
				field("LAO-DONG-VIEC-LAM", 15, "SLDTBXH", "realtime", "lao dong,viec lam,bao hiem", "Xã hội", 70,
						Map.of(), List.of()));
	}

	private static FieldDefinition field(String code, int days, String agency, String type, String keywords,
			String group, int order, Map<String, String> routing, List<FieldAttribute> attributes) {
		return new FieldDefinition(code, days, agency, type, keywords, group, order, true, routing, attributes);
	}
}
