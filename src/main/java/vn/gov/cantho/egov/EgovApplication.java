package vn.gov.cantho.egov;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Cần Thơ e-Gov: one modular monolith, started as one jar on H2 or many nodes on PostgreSQL. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
@EnableScheduling
public class EgovApplication {

	public static void main(String[] args) {
		SpringApplication.run(EgovApplication.class, args);
	}
}
