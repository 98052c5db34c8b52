package vn.gov.cantho.egov.feedback.demo;

import static vn.gov.cantho.egov.feedback.FeedbackAction.ASSIGN;
import static vn.gov.cantho.egov.feedback.FeedbackAction.CLASSIFY;
import static vn.gov.cantho.egov.feedback.FeedbackAction.MERGE;
import static vn.gov.cantho.egov.feedback.FeedbackAction.RATE;
import static vn.gov.cantho.egov.feedback.FeedbackAction.REASSIGN;
import static vn.gov.cantho.egov.feedback.FeedbackAction.REJECT;
import static vn.gov.cantho.egov.feedback.FeedbackAction.REOPEN;
import static vn.gov.cantho.egov.feedback.FeedbackAction.RESOLVE;
import static vn.gov.cantho.egov.feedback.FeedbackAction.RETURN_TO_COORDINATOR;
import static vn.gov.cantho.egov.feedback.FeedbackAction.TRANSFER;
import static vn.gov.cantho.egov.feedback.demo.DemoScenario.REPORTER;

import java.util.List;
import java.util.Map;

import vn.gov.cantho.egov.feedback.ActionInput;
import vn.gov.cantho.egov.feedback.FeedbackChannel;
import vn.gov.cantho.egov.feedback.FeedbackSubmission;
import vn.gov.cantho.egov.feedback.InboundMessage;
import vn.gov.cantho.egov.feedback.Location;
import vn.gov.cantho.egov.feedback.RejectReason;
import vn.gov.cantho.egov.feedback.Reporter;

/**
 * The demo items: every channel and every state, spread over the last four months, answered ones with their answers,
 * some overdue (escalated by the job at start-up), a few with approved photos. Reporters are fictitious and named as
 * demo; their phones are 09110000NN. Cái Khế items go to UBND-CAIKHE and are answered by {@code specialist.caikhe}.
 */
final class DemoItems {

	static final Location CAI_KHE = new Location(10.0458, 105.7870, "Đường Hòa Bình, phường Cái Khế", "31117");
	static final Location CAI_KHE_NEAR = new Location(10.0462, 105.7874, "Gần bến Ninh Kiều, phường Cái Khế",
			"31117");
	static final Location HUNG_THANH = new Location(10.0135, 105.7625, "Đường Trần Hưng Đạo nối dài, Hưng Thạnh",
			"31204");

	private DemoItems() {
	}

	static List<DemoScenario> scenarios() {
		return List.of(
				web("vsmt-dong", 75, "Rác thải tồn đọng trên đường Hòa Bình (demo)",
						"Rác sinh hoạt để ven đường nhiều ngày chưa được thu gom, bốc mùi hôi. <b>Đề nghị</b> xử lý.",
						"VE-SINH-MOI-TRUONG", CAI_KHE, "01", loai("rac-thai"), true).withPhotos(1, true)
					.then(0.2, "operator", ASSIGN, agency("UBND-CAIKHE"))
					.then(1, "specialist.caikhe", REASSIGN, handler("specialist.caikhe"))
					.then(3, "specialist.caikhe", RESOLVE, answer("UBND phường Cái Khế đã phối hợp công ty công "
							+ "trình đô thị thu gom toàn bộ rác và bố trí thêm thùng rác công cộng (demo)."))
					.then(4, REPORTER, RATE, stars(5)),
				web("vsmt-nuoc-thai", 100, "Nước thải chảy tràn ra hẻm 132 Hòa Bình (demo)",
						"Cống thoát nước bị nghẹt, nước thải chảy tràn ra hẻm mỗi khi mưa.", "VE-SINH-MOI-TRUONG",
						CAI_KHE, "02", loai("nuoc-thai"), true)
					.then(0.3, "operator", ASSIGN, agency("UBND-CAIKHE"))
					.then(4, "specialist.caikhe", RESOLVE, answer("Đã nạo vét cống thoát nước hẻm 132 (demo)."))
					.then(5, REPORTER, RATE, stars(4)),
				web("do-thi-tre-han", 120, "Lấn chiếm vỉa hè bán hàng trên đường Trần Văn Khéo (demo)",
						"Nhiều hộ kinh doanh bày hàng ra hết vỉa hè, người đi bộ phải đi xuống lòng đường.",
						"TRAT-TU-DO-THI", CAI_KHE_NEAR, "03", Map.of(), true)
					.then(1, "operator", ASSIGN, agency("UBND-CAIKHE"))
					.then(20, "specialist.caikhe", RESOLVE, answer("Tổ trật tự đô thị phường đã nhắc nhở, lập biên "
							+ "bản 6 hộ kinh doanh và sẽ kiểm tra định kỳ (demo).")),
				staff("an-ninh-dem", 90, "operator", FeedbackChannel.HOTLINE,
						"Tụ tập đua xe ban đêm trên đường Võ Văn Kiệt (demo)",
						"Người gọi phản ánh thường xuyên có nhóm thanh niên tụ tập đua xe sau 23 giờ.", "AN-NINH-TRAT-TU",
						new Location(null, null, "Đường Võ Văn Kiệt", null), "04", "Phạm Văn Tư (demo)")
					.then(0.1, "operator", ASSIGN, agency("CA-TP"))
					.then(3, "specialist.catp", RESOLVE, answer("Công an thành phố đã tăng cường tuần tra khu vực "
							+ "từ 22 giờ đến 2 giờ sáng (demo).")),
				staff("y-te-phong-kham", 60, "operator", FeedbackChannel.HOTLINE,
						"Phòng khám tư quảng cáo sai sự thật (demo)",
						"Người gọi cho biết phòng khám quảng cáo chữa khỏi bệnh mãn tính trên mạng xã hội.", "Y-TE",
						Location.NONE, "05", "Trần Văn Hùng (demo)")
					.then(0.1, "operator", ASSIGN, agency("SYT"))
					.then(6, "specialist.syt", RESOLVE, answer("Thanh tra Sở Y tế đã kiểm tra và xử phạt phòng "
							+ "khám theo quy định (demo).")),
				mobile("giao-thong-o-ga", 45, "Ổ gà lớn trên đường Trần Hưng Đạo nối dài (demo)",
						"Ổ gà sâu giữa đường, nhiều xe máy bị té vào ban đêm.", "AN-TOAN-GIAO-THONG", HUNG_THANH,
						Map.of("su-co", List.of("o-ga")))
					.then(0.5, "operator", ASSIGN, agency("SXD"))
					.then(8, "specialist.sxd", RESOLVE, answer("Sở Xây dựng đã vá ổ gà và lắp biển cảnh báo (demo).")),
				web("giao-thong-chuyen", 15, "Đèn tín hiệu giao lộ Nguyễn Văn Cừ hỏng (demo)",
						"Đèn tín hiệu chỉ nhấp nháy vàng từ sáng, giao lộ ùn tắc.", "AN-TOAN-GIAO-THONG", null, "07",
						Map.of("su-co", List.of("den-tin-hieu")), true)
					.then(0.5, "operator", ASSIGN, agency("CA-TP"))
					.then(1, "operator", TRANSFER, new ActionInput("SXD", null, null,
							"Thuộc quản lý hạ tầng giao thông (demo)", null, null, null))
					.then(5, "specialist.sxd", RESOLVE, answer("Đã thay bộ điều khiển đèn tín hiệu (demo).")),
				web("vsmt-so", 50, "Khói bụi từ cơ sở đốt phế liệu (demo)",
						"Cơ sở ve chai đốt dây điện lấy đồng, khói đen bay vào khu dân cư.", "VE-SINH-MOI-TRUONG",
						null, "08", loai("khoi-bui-tieng-on"), true)
					.then(0.5, "operator", ASSIGN, agency("SNNMT"))
					.then(5, "specialist.snnmt", RESOLVE, answer("Đã kiểm tra, đình chỉ hoạt động đốt phế liệu "
							+ "(demo).")),
				web("vsmt-moi-tra-loi", 4, "Rác công trình đổ trộm ven sông Cần Thơ (demo)",
						"Xà bần đổ trộm ven bờ kè gần bến Ninh Kiều.", "VE-SINH-MOI-TRUONG", CAI_KHE_NEAR, "09",
						loai("rac-thai"), true).withPhotos(2, true)
					.then(0.2, "operator", ASSIGN, agency("UBND-CAIKHE"))
					.then(2, "specialist.caikhe", RESOLVE, answer("Đã dọn xà bần và lắp camera giám sát (demo).")),
				web("do-thi-mo-lai", 6, "Quán nhậu lấn chiếm lòng đường hẻm 20 (demo)",
						"Quán bày bàn ghế ra lòng đường sau 18 giờ.", "TRAT-TU-DO-THI", CAI_KHE, "10", Map.of(), true)
					.then(0.2, "operator", ASSIGN, agency("UBND-CAIKHE"))
					.then(2, "specialist.caikhe", RESOLVE, answer("Đã nhắc nhở chủ quán (demo)."))
					.then(3, REPORTER, REOPEN, ActionInput.comment("Quán vẫn lấn chiếm như cũ (demo).")),
				web("vsmt-dang-xu-ly", 3, "Mương thoát nước bốc mùi (demo)",
						"Mương thoát nước khu dân cư bị ứ đọng rác, bốc mùi hôi thối.", "VE-SINH-MOI-TRUONG",
						CAI_KHE, "11", loai("nuoc-thai"), true)
					.then(0.2, "operator", ASSIGN, agency("UBND-CAIKHE"))
					.then(0.5, "specialist.caikhe", REASSIGN, handler("specialist.caikhe")),
				web("vsmt-trung", 2, "Mương nước bốc mùi hôi thối (demo)",
						"Mương thoát nước ứ đọng rác, bốc mùi hôi, nhờ xử lý.", "VE-SINH-MOI-TRUONG", CAI_KHE_NEAR,
						"12", loai("nuoc-thai"), true)
					.then(0.5, "operator", MERGE, new ActionInput(null, null, null, "Trùng phản ánh (demo)", null,
							"@vsmt-dang-xu-ly", null)),
				web("spam", 40, "Bán hàng giá rẻ (demo)", "Liên hệ để mua hàng giảm giá (nội dung quảng cáo).",
						"AN-NINH-TRAT-TU", null, "13", Map.of(), false)
					.then(0.2, "operator", REJECT, new ActionInput(null, null, null,
							"Nội dung quảng cáo, không phải phản ánh (demo).", RejectReason.SPAM, null, null)),
				web("ngoai-pham-vi", 35, "Tranh chấp tiền thuê nhà (demo)", "Chủ nhà không trả lại tiền cọc.",
						"Y-TE", null, "14", Map.of(), false)
					.then(0.3, "operator", REJECT, new ActionInput(null, null, null,
							"Tranh chấp dân sự, đề nghị liên hệ Tòa án nhân dân (demo).", RejectReason.OUT_OF_SCOPE,
							null, null)),
				staff("an-ninh-tra-lai", 5, "operator", FeedbackChannel.HOTLINE, "Hát karaoke gây ồn sau 22 giờ (demo)",
						"Hộ gia đình hát karaoke gây ồn đến khuya.", "AN-NINH-TRAT-TU",
						new Location(null, null, "Hẻm 51 đường 3 Tháng 2", "31117"), "15", null)
					.then(0.1, "operator", ASSIGN, agency("CA-TP"))
					.then(1, "specialist.catp", RETURN_TO_COORDINATOR,
							ActionInput.comment("Thuộc thẩm quyền xử lý của UBND phường (demo).")),
				staff("lao-dong", 30, "officer.caikhe", FeedbackChannel.IN_PERSON,
						"Công ty chậm đóng bảo hiểm xã hội (demo)",
						"Người lao động trình bày công ty nợ bảo hiểm xã hội 6 tháng.", "LAO-DONG-VIEC-LAM",
						Location.NONE, "16", "Ngô Thị Lan (demo)")
					.then(1, "operator", ASSIGN, agency("SLDTBXH")),
				open311("dich-vu-cong", 10, "Không nộp được hồ sơ trực tuyến (demo)",
						"Cổng dịch vụ công báo lỗi khi tải tệp đính kèm.", "DICH-VU-CONG")
					.then(0.5, "operator", ASSIGN, agency("TTPVHCC")),
				staff("hotline-moi", 12, "operator", FeedbackChannel.HOTLINE, "Hỏi thủ tục cấp đổi giấy phép (demo)",
						"Người gọi hỏi tiến độ hồ sơ nộp trực tuyến đã quá hẹn.", "DICH-VU-CONG", Location.NONE, "18",
						null),
				mobile("y-te-moi", 1, "Cơ sở bán thực phẩm không rõ nguồn gốc (demo)",
						"Chợ tạm bán thịt không có dấu kiểm dịch.", "Y-TE", CAI_KHE, Map.of()),
				DemoScenario.message("zalo-moi", 2, new InboundMessage(FeedbackChannel.ZALO, "zalo-demo-1001",
						"Lê Thị Hoa (demo)", "demo-zalo-msg-1001",
						"Đèn đường khu vực hẻm 51 đường 3 Tháng 2 bị hỏng nhiều ngày, tối rất nguy hiểm (demo)", null)),
				DemoScenario.message("facebook-qua-han", 20, new InboundMessage(FeedbackChannel.FACEBOOK,
						"fb-demo-2001", "Võ Minh Tâm (demo)", "demo-fb-msg-2001",
						"Công trình xây dựng để vật liệu tràn ra đường Mậu Thân nhiều tuần nay (demo)", null))
					.then(0.5, "operator", CLASSIFY, new ActionInput(null, "TRAT-TU-DO-THI", null, null, null, null,
							null))
					.then(1, "operator", ASSIGN, agency("SXD")),
				DemoScenario.message("zalo-tra-loi", 25, new InboundMessage(FeedbackChannel.ZALO, "zalo-demo-1002",
						"Huỳnh Văn Sáu (demo)", "demo-zalo-msg-1002",
						"Nước thải từ lò giết mổ chảy ra rạch Cái Khế (demo)", null))
					.then(0.5, "operator", ASSIGN, new ActionInput("SNNMT", "VE-SINH-MOI-TRUONG", null, null, null,
							null, null))
					.then(3, "specialist.snnmt", RESOLVE, answer("Đã kiểm tra và yêu cầu cơ sở xây hệ thống xử lý "
							+ "nước thải (demo).")));
	}

	private static DemoScenario web(String key, int daysAgo, String title, String description, String field,
			Location location, String phone, Map<String, List<String>> attributes, boolean publicAllowed) {
		return DemoScenario.filed(key, daysAgo, null,
				new FeedbackSubmission(FeedbackChannel.WEB, title, description, field, location,
						new Reporter("Người dân " + phone + " (demo)", "09110000" + phone, null, null), List.of(),
						attributes, publicAllowed, null));
	}

	private static DemoScenario mobile(String key, int daysAgo, String title, String description, String field,
			Location location, Map<String, List<String>> attributes) {
		// The demo citizen's account gives the phone and e-mail; the name shown says it is a demo.
		return DemoScenario.filed(key, daysAgo, "citizen", new FeedbackSubmission(FeedbackChannel.MOBILE_APP, title,
				description, field, location, new Reporter("Nguyễn Văn An (demo)", null, null, null), List.of(),
				attributes, true, null));
	}

	private static DemoScenario staff(String key, int daysAgo, String officer, FeedbackChannel channel, String title,
			String description, String field, Location location, String phone, String name) {
		return DemoScenario.filed(key, daysAgo, officer, new FeedbackSubmission(channel, title, description, field,
				location, new Reporter(name, "09110000" + phone, null, null), List.of(), Map.of(), true, null));
	}

	private static DemoScenario open311(String key, int daysAgo, String title, String description, String field) {
		return DemoScenario.filed(key, daysAgo, null, new FeedbackSubmission(FeedbackChannel.OPEN311, title,
				description, field, Location.NONE, new Reporter(null, null, "open311-demo@example.org", null),
				List.of(), Map.of(), true, null));
	}

	private static Map<String, List<String>> loai(String value) {
		return Map.of("loai", List.of(value));
	}

	private static ActionInput agency(String code) {
		return new ActionInput(code, null, null, null, null, null, null);
	}

	private static ActionInput handler(String username) {
		return new ActionInput(null, null, username, null, null, null, null);
	}

	private static ActionInput answer(String text) {
		return ActionInput.comment(text);
	}

	private static ActionInput stars(int stars) {
		return new ActionInput(null, null, null, "Cảm ơn cơ quan đã xử lý nhanh (demo).", null, null, stars);
	}
}
