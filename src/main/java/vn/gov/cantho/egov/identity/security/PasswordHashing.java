package vn.gov.cantho.egov.identity.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing and the identity module's settings. */
@Configuration
@EnableConfigurationProperties(IdentityProperties.class)
class PasswordHashing {

	/**
	 * Argon2 would need BouncyCastle, which the platform does not ship; the delegating encoder stores bcrypt hashes
	 * with an {@code {id}} prefix, so a stronger algorithm can be introduced later and old hashes still verify.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}
}
