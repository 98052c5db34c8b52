package vn.gov.cantho.egov.notification.delivery;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.List;
import java.util.Properties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import tools.jackson.databind.json.JsonMapper;

import vn.gov.cantho.egov.notification.domain.NotificationProperties;
import vn.gov.cantho.egov.notification.domain.Outbox;
import vn.gov.cantho.egov.notification.domain.RetryPolicy;

/** Wires the channels and runs this node's dispatcher every {@code egov.notification.dispatch-interval}. */
@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration implements SchedulingConfigurer {

	private final ObjectProvider<Dispatcher> dispatcher;
	private final NotificationProperties properties;

	DeliveryConfiguration(ObjectProvider<Dispatcher> dispatcher, NotificationProperties properties) {
		this.dispatcher = dispatcher;
		this.properties = properties;
	}

	@Bean
	Dispatcher notificationDispatcher(Outbox outbox, ObjectProvider<JavaMailSender> mail, JsonMapper json,
			Clock clock, @Value("${egov.demo:false}") boolean demo) {
		List<ChannelSender> senders = List.of(
				new EmailSender(withTimeouts(mail.getIfAvailable()), properties.mail().from()),
				new SmsGatewaySender(properties.sms(), json),
				new ZaloZnsSender(properties.zalo(), json),
				new ZaloOaSender(properties.zaloOa(), json),
				new MessengerSender(properties.messenger(), json));
		Dispatcher.Settings settings = new Dispatcher.Settings(nodeId(), properties.batchSize(), properties.lease(),
				RetryPolicy.of(properties), demo);
		return new Dispatcher(outbox, senders, settings, clock);
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(new FixedDelayTask(() -> dispatcher.getObject().dispatchDue(),
				properties.dispatchInterval(), properties.dispatchInterval()));
	}

	/**
	 * JavaMail waits forever by default; a send that outlives the claim lease could be sent again by another node.
	 * Timeouts set explicitly under {@code spring.mail.properties} are kept.
	 */
	private static JavaMailSender withTimeouts(JavaMailSender mail) {
		if (mail instanceof JavaMailSenderImpl impl) {
			Properties javaMail = impl.getJavaMailProperties();
			javaMail.putIfAbsent("mail.smtp.connectiontimeout", "5000");
			javaMail.putIfAbsent("mail.smtp.timeout", "10000");
			javaMail.putIfAbsent("mail.smtp.writetimeout", "10000");
		}
		return mail;
	}

	/** The name this node puts on its claims, so an operator can tell which node holds a message. */
	private String nodeId() {
		if (!properties.nodeId().isBlank()) {
			return properties.nodeId();
		}
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException e) {
			host = "node";
		}
		String id = host + "-" + ProcessHandle.current().pid();
		return id.length() <= 100 ? id : id.substring(id.length() - 100);
	}
}
