package vn.gov.cantho.egov.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at /v3/api-docs (browsable at /swagger-ui.html): who may call, and how errors look. */
@Configuration
class OpenApiConfiguration {

	@Bean
	OpenAPI egovOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Cần Thơ e-Gov API")
				.version("v1")
				.description("""
						JSON API of the Cần Thơ digital-government platform. Local accounts authenticate with HTTP \
						Basic; an external OpenID Connect provider (VNeID) with a bearer token when configured. \
						Errors are RFC 9457 problem details (application/problem+json) with a stable `code` and, \
						where one field failed, its name in `field`; `title` is translated (Accept-Language: vi, en).""")
				.license(new License().name("Apache-2.0")))
			.components(new Components()
				.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
				.addSecuritySchemes("bearer",
						new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
			.addSecurityItem(new SecurityRequirement().addList("basic"))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}
}
