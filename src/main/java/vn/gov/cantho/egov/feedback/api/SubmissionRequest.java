package vn.gov.cantho.egov.feedback.api;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

import vn.gov.cantho.egov.feedback.FeedbackChannel;
import vn.gov.cantho.egov.feedback.FeedbackSubmission;
import vn.gov.cantho.egov.feedback.Location;
import vn.gov.cantho.egov.feedback.Reporter;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * A new item as JSON: photos are uploaded first ({@code POST /api/v1/feedback/photos}) and named here by id.
 * {@code channel} is WEB when absent; MOBILE_APP for the city's app; HOTLINE and IN_PERSON for staff recording a call or
 * a visit (FEEDBACK_INTAKE).
 */
@Schema(description = "Phản ánh mới: tiêu đề, nội dung, lĩnh vực, vị trí, người phản ánh, ảnh đã tải lên")
record SubmissionRequest(@Schema(example = "Rác thải tồn đọng trên đường Hòa Bình") String title,
		@Schema(example = "Rác để nhiều ngày chưa được thu gom, bốc mùi.") String description,
		@Schema(example = "VE-SINH-MOI-TRUONG") String fieldCode, Location location, Reporter reporter,
		List<String> photoIds, Map<String, List<String>> attributes,
		@Schema(description = "The reporter agrees that the item and its answer are published (never the identity)")
		Boolean publicAllowed,
		@Schema(description = "WEB (default), MOBILE_APP, or HOTLINE / IN_PERSON for staff", example = "WEB")
		FeedbackChannel channel) {

	FeedbackSubmission submission(String clientAddress) {
		FeedbackChannel requested = channel == null ? FeedbackChannel.WEB : channel;
		if (requested == FeedbackChannel.OPEN311 || requested == FeedbackChannel.ZALO
				|| requested == FeedbackChannel.FACEBOOK) {
			throw BusinessException.invalid("feedback.channel-not-allowed", "channel");
		}
		Reporter who = reporter == null ? null
				: new Reporter(reporter.name(), reporter.phone(), reporter.email(), null);
		return new FeedbackSubmission(requested, title, description, fieldCode, location, who, photoIds, attributes,
				Boolean.TRUE.equals(publicAllowed), clientAddress);
	}

	@Override
	public String toString() {
		return "SubmissionRequest[" + fieldCode + "]";
	}
}
