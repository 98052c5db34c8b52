package vn.gov.cantho.egov.notification.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.notification.Channel;
import vn.gov.cantho.egov.notification.NotificationRequest;
import vn.gov.cantho.egov.notification.Notifications;

/** The administrators' list of messages: permission, masking, filters, both languages. */
@IntegrationTest
class NotificationAdminPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Notifications notifications;

	@Autowired
	TransactionTemplate transactions;

	final String phone = "09" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);

	String queue(Channel channel, String recipient) {
		return transactions.execute(tx -> notifications.send(new NotificationRequest("test-message", channel,
				recipient, Locale.forLanguageTag("vi"), Map.of(), null)));
	}

	@Test
	void showsTheNewestMessagesWithMaskedRecipients() throws Exception {
		String reference = queue(Channel.SMS, phone);
		String masked = phone.substring(0, 2) + "******" + phone.substring(8);

		mvc.perform(get("/quan-tri/thong-bao").with(user("admin").authorities(new SimpleGrantedAuthority("NOTIFICATION_VIEW"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(reference)))
			.andExpect(content().string(containsString(masked)))
			.andExpect(content().string(not(containsString(phone))))
			.andExpect(content().string(not(containsString(phone.substring(1)))))
			.andExpect(content().string(containsString("Đây là tin nhắn thử")))
			.andExpect(content().string(containsString("class=\"table-wrap\"")))
			.andExpect(content().string(containsString("<label for=\"status\"")));
	}

	@Test
	void filtersByChannelAndStatusInEnglish() throws Exception {
		String sms = queue(Channel.SMS, phone);
		String email = queue(Channel.EMAIL, "filter-" + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.vn");

		mvc.perform(get("/quan-tri/thong-bao").param("channel", "EMAIL")
			.param("lang", "en")
			.with(user("admin").authorities(new SimpleGrantedAuthority("NOTIFICATION_VIEW"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Notifications to citizens")))
			.andExpect(content().string(containsString(email)))
			.andExpect(content().string(not(containsString(sms))));
		mvc.perform(get("/quan-tri/thong-bao").param("status", "FAILED").param("channel", "SMS")
			.with(user("admin").authorities(new SimpleGrantedAuthority("NOTIFICATION_VIEW"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(sms))));
	}

	@Test
	void anUnknownFilterValueIsABadRequest() throws Exception {
		mvc.perform(get("/quan-tri/thong-bao").param("status", "LOST")
			.with(user("admin").authorities(new SimpleGrantedAuthority("NOTIFICATION_VIEW"))))
			.andExpect(status().isBadRequest());
	}

	@Test
	void needsTheNotificationViewPermission() throws Exception {
		mvc.perform(get("/quan-tri/thong-bao").with(user("clerk").authorities(new SimpleGrantedAuthority("AUDIT_VIEW"))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/quan-tri/thong-bao")).andExpect(status().is3xxRedirection());
	}
}
