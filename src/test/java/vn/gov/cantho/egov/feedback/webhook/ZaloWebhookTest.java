package vn.gov.cantho.egov.feedback.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.feedback.webhook.WebhookCalls.Stored;

/**
 * The Zalo OA webhook: signed text messages become items (or join the sender's open one) and are acknowledged in the
 * conversation; anything unsigned, badly signed, of another app or stale is refused with nothing stored.
 */
@IntegrationTest
class ZaloWebhookTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	WebhookCalls calls;
	String sender = WebhookCalls.newUserId();
	String messageId = WebhookCalls.newMessageId();
	Instant now = Instant.now();

	@BeforeEach
	void setUp() {
		calls = new WebhookCalls(mvc, jdbc);
	}

	String text(String id, String content) {
		return WebhookCalls.zaloText(WebhookCalls.ZALO_APP, sender, id, content, now);
	}

	String mac(String body) throws Exception {
		return WebhookCalls.zaloMac(WebhookCalls.ZALO_APP, body, now, WebhookCalls.ZALO_SECRET);
	}

	@Test
	void aSignedTextMessageOpensAnUnclassifiedItemAndIsAcknowledgedWithItsNumber() throws Exception {
		String body = text(messageId, "Đèn đường hẻm 12 Trần Hưng Đạo hỏng ba hôm nay");

		calls.postZalo(body, mac(body)).andExpect(status().isOk());

		String number = calls.itemOf(messageId);
		Map<String, Object> item = calls.item(number);
		assertThat(item).containsEntry("CHANNEL", "ZALO").containsEntry("STATE", "NEW")
			.containsEntry("REPORTER_EXTERNAL_ID", sender);
		assertThat((String) item.get("DESCRIPTION")).contains("Trần Hưng Đạo hỏng");
		List<Map<String, Object>> replies = calls.replies(sender);
		assertThat(replies).hasSize(1);
		assertThat(replies.get(0)).containsEntry("TEMPLATE", "feedback-webhook-received")
			.containsEntry("CHANNEL", "ZALO_OA").containsEntry("ABOUT_REFERENCE", number).containsEntry("LOCALE", "vi");
		assertThat((String) replies.get(0).get("BODY")).contains(number).contains("/phan-anh/" + number);
	}

	@Test
	void zalosRetriesOfTheSameMessageAddNothing() throws Exception {
		String body = text(messageId, "Rác thải ứ đọng chợ Xuân Khánh");
		calls.postZalo(body, mac(body)).andExpect(status().isOk());
		Stored first = calls.stored(sender, messageId);

		calls.postZalo(body, mac(body)).andExpect(status().isOk());
		calls.postZalo(body, mac(body)).andExpect(status().isOk());

		assertThat(first).isEqualTo(new Stored(1, 1, 1, 0));
		assertThat(calls.stored(sender, messageId)).isEqualTo(first);
	}

	@Test
	void aSecondMessageFromTheSenderJoinsTheOpenItemWithAShortAcknowledgement() throws Exception {
		String first = text(messageId, "Cống thoát nước bị nghẹt");
		calls.postZalo(first, mac(first)).andExpect(status().isOk());
		String secondId = WebhookCalls.newMessageId();
		String second = text(secondId, "Địa chỉ: đường 30 Tháng 4, gần cầu Cái Khế");

		calls.postZalo(second, mac(second)).andExpect(status().isOk());

		String number = calls.itemOf(messageId);
		assertThat(calls.itemOf(secondId)).isEqualTo(number);
		assertThat(calls.stored(sender, secondId).items()).isEqualTo(1);
		assertThat(calls.replies(sender)).extracting(r -> r.get("TEMPLATE"))
			.containsExactly("feedback-webhook-received", "feedback-webhook-appended");
		assertThat((String) calls.replies(sender).get(1).get("BODY")).contains(number);
	}

	@Test
	void aTimestampWrittenAsAJsonNumberIsSignedAsWritten() throws Exception {
		String body = text(messageId, "Ổ gà trên đường Nguyễn Văn Cừ")
			.replace("\"timestamp\":\"" + now.toEpochMilli() + "\"", "\"timestamp\":" + now.toEpochMilli());
		assertThat(body).contains("\"timestamp\":" + now.toEpochMilli() + ",");

		calls.postZalo(body, mac(body)).andExpect(status().isOk());

		assertThat(calls.stored(sender, messageId).messages()).isOne();
	}

	@Test
	void withoutASignatureNothingIsStored() throws Exception {
		String body = text(messageId, "Không có chữ ký");

		calls.postZalo(body, null)
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("feedback.webhook.signature"));
		calls.postZalo(body, "").andExpect(status().isUnauthorized());

		assertThat(calls.stored(sender, messageId)).isEqualTo(Stored.NOTHING);
	}

	@Test
	void aTamperedBodyOrAnotherSecretIsRefusedWithNothingStored() throws Exception {
		String body = text(messageId, "Nội dung gốc");
		String tampered = text(messageId, "Nội dung bị sửa");
		String otherSecret = WebhookCalls.zaloMac(WebhookCalls.ZALO_APP, body, now, "not-our-oa-secret");

		calls.postZalo(tampered, mac(body)).andExpect(status().isUnauthorized());
		calls.postZalo(body, otherSecret).andExpect(status().isUnauthorized());
		calls.postZalo(body, mac(body).replace("mac=", "")).andExpect(status().isUnauthorized());

		assertThat(calls.stored(sender, messageId)).isEqualTo(Stored.NOTHING);
	}

	@Test
	void anEventOfAnotherZaloAppIsRefusedEvenWhenSignedForIt() throws Exception {
		String body = WebhookCalls.zaloText("999999999999", sender, messageId, "Ứng dụng khác", now);
		String signed = WebhookCalls.zaloMac("999999999999", body, now, WebhookCalls.ZALO_SECRET);

		calls.postZalo(body, signed)
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("feedback.webhook.app"));

		assertThat(calls.stored(sender, messageId)).isEqualTo(Stored.NOTHING);
	}

	@Test
	void aCorrectlySignedButStaleOrFutureEventIsRefused() throws Exception {
		for (Instant at : List.of(now.minus(Duration.ofHours(25)), now.plus(Duration.ofMinutes(30)))) {
			String body = WebhookCalls.zaloText(WebhookCalls.ZALO_APP, sender, messageId, "Sự kiện cũ", at);
			String signed = WebhookCalls.zaloMac(WebhookCalls.ZALO_APP, body, at, WebhookCalls.ZALO_SECRET);

			calls.postZalo(body, signed)
				.andExpect(status().isUnauthorized())
				.andExpect(jsonPath("$.code").value("feedback.webhook.stale"));
		}
		assertThat(calls.stored(sender, messageId)).isEqualTo(Stored.NOTHING);
	}

	@Test
	void aPhotoIsAnsweredOnceThatOnlyTextIsTakenAndFilesNothing() throws Exception {
		String body = WebhookCalls.zaloEvent("user_send_image", sender, messageId, now);

		calls.postZalo(body, mac(body)).andExpect(status().isOk());
		calls.postZalo(body, mac(body)).andExpect(status().isOk());

		assertThat(calls.stored(sender, messageId)).isEqualTo(new Stored(0, 0, 1, 1));
		assertThat(calls.replies(sender).get(0)).containsEntry("TEMPLATE", "feedback-webhook-text-only")
			.containsEntry("CHANNEL", "ZALO_OA");
		assertThat((String) calls.replies(sender).get(0).get("BODY")).contains("/phan-anh/gui");
	}

	@Test
	void otherEventsAreAcknowledgedAndIgnored() throws Exception {
		String follow = WebhookCalls.zaloEvent("follow", sender, messageId, now);
		String seen = WebhookCalls.zaloEvent("user_seen_message", sender, messageId, now);

		calls.postZalo(follow, mac(follow)).andExpect(status().isOk());
		calls.postZalo(seen, mac(seen)).andExpect(status().isOk());

		assertThat(calls.stored(sender, messageId)).isEqualTo(Stored.NOTHING);
	}

	@Test
	void aBodyThatIsNotJsonIsRefusedAsUnreadable() throws Exception {
		calls.postZalo("not json at all", "mac=00")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("feedback.webhook.unreadable"));
	}
}
