package vn.gov.cantho.egov.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import vn.gov.cantho.egov.notification.Channel;
import vn.gov.cantho.egov.notification.domain.DeliveryOutcome;
import vn.gov.cantho.egov.notification.domain.NotificationProperties;
import vn.gov.cantho.egov.notification.domain.OutboxMessage;
import vn.gov.cantho.egov.notification.domain.RetryPolicy;

/** Where a message goes: its channel when configured, else FAILED as not configured, or the demo mailbox in demo. */
class DispatcherRoutingTest {

	static final JsonMapper JSON = JsonMapper.builder().build();
	static final NotificationProperties.Sms NO_SMS = new NotificationProperties.Sms("", "", "CANTHO",
			Duration.ofSeconds(1), Duration.ofSeconds(1));
	static final NotificationProperties.Zalo NO_ZALO = new NotificationProperties.Zalo("https://zalo.invalid", "",
			Map.of(), Duration.ofSeconds(1), Duration.ofSeconds(1));

	static final NotificationProperties.ZaloOa NO_ZALO_OA = new NotificationProperties.ZaloOa("https://zalo.invalid",
			"", Duration.ofSeconds(1), Duration.ofSeconds(1));
	static final NotificationProperties.Messenger NO_MESSENGER = new NotificationProperties.Messenger(
			"https://graph.invalid", "v24.0", "", Set.of(), "HUMAN_AGENT", Duration.ofSeconds(1), Duration.ofSeconds(1));

	static OutboxMessage message(Channel channel, String recipient) {
		return new OutboxMessage(1, "TB-ROUTE", "test-message", channel, recipient, Locale.forLanguageTag("vi"),
				"Tiêu đề", "Nội dung", Map.of(), "token", 1);
	}

	static Dispatcher dispatcher(boolean demo, ChannelSender... senders) {
		return new Dispatcher(null, List.of(senders), new Dispatcher.Settings("unit", 10, Duration.ofMinutes(1),
				new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 8), demo), Clock.systemUTC());
	}

	@Test
	void outsideDemoModeAnUnconfiguredChannelFailsWithAClearReason() {
		Dispatcher dispatcher = dispatcher(false, new SmsGatewaySender(NO_SMS, JSON),
				new ZaloZnsSender(NO_ZALO, JSON), new EmailSender(null, "x@cantho.gov.vn"));

		assertThat(dispatcher.attempt(message(Channel.SMS, "84901234567")))
			.isEqualTo(new DeliveryOutcome.Permanent("channel not configured: no SMS gateway URL"));
		assertThat(dispatcher.attempt(message(Channel.ZALO, "84901234567")))
			.isEqualTo(new DeliveryOutcome.Permanent("channel not configured: no Zalo access token"));
		assertThat(dispatcher.attempt(message(Channel.EMAIL, "a@b.vn")))
			.isEqualTo(new DeliveryOutcome.Permanent("channel not configured: no SMTP server or sender address"));
	}

	@Test
	void conversationRepliesWithoutATokenAreNotConfiguredOrGoToTheDemoMailbox() {
		ChannelSender zaloOa = new ZaloOaSender(NO_ZALO_OA, JSON);
		ChannelSender messenger = new MessengerSender(NO_MESSENGER, JSON);

		assertThat(dispatcher(false, zaloOa, messenger).attempt(message(Channel.ZALO_OA, "246845883529197922")))
			.isEqualTo(new DeliveryOutcome.Permanent("channel not configured: no Zalo OA access token"));
		assertThat(dispatcher(false, zaloOa, messenger).attempt(message(Channel.MESSENGER, "6931548706878593")))
			.isEqualTo(new DeliveryOutcome.Permanent("channel not configured: no Facebook Page access token"));
		assertThat(dispatcher(true, zaloOa, messenger).attempt(message(Channel.MESSENGER, "6931548706878593")))
			.isEqualTo(new DeliveryOutcome.Delivered(DemoMailbox.VIA, null));
	}

	@Test
	void aZaloTokenWithoutATemplateIdForOurTemplateIsNotConfiguredEither() {
		NotificationProperties.Zalo tokenOnly = new NotificationProperties.Zalo("https://zalo.invalid", "token",
				Map.of("account-registered", "1001"), Duration.ofSeconds(1), Duration.ofSeconds(1));

		assertThat(dispatcher(false, new ZaloZnsSender(tokenOnly, JSON)).attempt(message(Channel.ZALO, "84901234567")))
			.isEqualTo(new DeliveryOutcome.Permanent("channel not configured: no ZNS template for test-message"));
	}

	@Test
	void aChannelWithNoSenderAtAllIsNotConfigured() {
		assertThat(dispatcher(false).attempt(message(Channel.SMS, "84901234567")))
			.isEqualTo(new DeliveryOutcome.Permanent("channel not configured"));
	}

	@Test
	void inDemoModeUnconfiguredChannelsDeliverToTheDemoMailbox() {
		Dispatcher dispatcher = dispatcher(true, new SmsGatewaySender(NO_SMS, JSON), new ZaloZnsSender(NO_ZALO, JSON));

		assertThat(dispatcher.attempt(message(Channel.SMS, "84901234567")))
			.isEqualTo(new DeliveryOutcome.Delivered(DemoMailbox.VIA, null));
		assertThat(dispatcher.attempt(message(Channel.ZALO, "84901234567")))
			.isEqualTo(new DeliveryOutcome.Delivered(DemoMailbox.VIA, null));
	}

	@Test
	void aConfiguredChannelIsUsedEvenInDemoMode() {
		ChannelSender sms = new ChannelSender() {
			@Override
			public Channel channel() {
				return Channel.SMS;
			}

			@Override
			public Optional<String> notConfigured(OutboxMessage message) {
				return Optional.empty();
			}

			@Override
			public DeliveryOutcome deliver(OutboxMessage message) {
				return new DeliveryOutcome.Delivered("real", "42");
			}
		};

		assertThat(dispatcher(true, sms).attempt(message(Channel.SMS, "84901234567")))
			.isEqualTo(new DeliveryOutcome.Delivered("real", "42"));
	}
}
