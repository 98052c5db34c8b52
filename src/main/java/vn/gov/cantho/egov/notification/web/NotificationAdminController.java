package vn.gov.cantho.egov.notification.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.gov.cantho.egov.audit.AuditLog;
import vn.gov.cantho.egov.notification.Channel;
import vn.gov.cantho.egov.notification.DeliveryStatus;
import vn.gov.cantho.egov.notification.domain.MessageLog;

/**
 * What the system has sent to citizens, and in demo mode what it would have sent. Message texts can name a person,
 * so each viewing is audited.
 */
@Controller
@RequestMapping("/quan-tri/thong-bao")
@PreAuthorize("hasAuthority('NOTIFICATION_VIEW')")
class NotificationAdminController {

	private final MessageLog messages;
	private final AuditLog audit;
	private final boolean demo;

	NotificationAdminController(MessageLog messages, AuditLog audit, @Value("${egov.demo:false}") boolean demo) {
		this.messages = messages;
		this.audit = audit;
		this.demo = demo;
	}

	@GetMapping
	String list(@RequestParam(required = false) DeliveryStatus status,
			@RequestParam(required = false) Channel channel, @RequestParam(defaultValue = "0") int page,
			Model model) {
		audit.record("notification.messages.viewed", null);
		model.addAttribute("result", messages.find(status, channel, page));
		model.addAttribute("status", status);
		model.addAttribute("channel", channel);
		model.addAttribute("statuses", DeliveryStatus.values());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("demo", demo);
		return "notification/admin";
	}
}
