package vn.gov.cantho.egov.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Reads the bearer token of the Authorization header without a regular expression. Spring Security's resolver matches
 * the whole header against {@code ^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$} case-insensitively, which costs a case fold
 * per character of a 600-character token on every request, as much as the rest of a check-in. A well-formed
 * header is read here with the same rule; anything else (no header, another scheme, a malformed token) goes to Spring
 * Security's own resolver, so errors and the rare cases are answered exactly as before. Tokens in the query string or
 * a form body stay disabled, as in the default (docs/decisions/0004-header-firewall-without-regex.md).
 */
@Configuration
class BearerTokens {

	private static final String PREFIX = "Bearer ";

	@Bean
	BearerTokenResolver bearerTokenResolver() {
		return new FastBearerTokenResolver(new DefaultBearerTokenResolver());
	}

	static final class FastBearerTokenResolver implements BearerTokenResolver {

		private final BearerTokenResolver fallback;

		FastBearerTokenResolver(BearerTokenResolver fallback) {
			this.fallback = fallback;
		}

		@Override
		public String resolve(HttpServletRequest request) {
			String header = request.getHeader(HttpHeaders.AUTHORIZATION);
			if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
					&& wellFormed(header, PREFIX.length())) {
				return header.substring(PREFIX.length());
			}
			return fallback.resolve(request);
		}

		/** {@code [a-zA-Z0-9-._~+/]+=*} from {@code start} to the end. */
		static boolean wellFormed(String text, int start) {
			int i = start;
			while (i < text.length() && tokenChar(text.charAt(i))) {
				i++;
			}
			if (i == start) {
				return false;
			}
			while (i < text.length() && text.charAt(i) == '=') {
				i++;
			}
			return i == text.length();
		}

		private static boolean tokenChar(char c) {
			return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
					|| c == '_' || c == '~' || c == '+' || c == '/';
		}
	}
}
