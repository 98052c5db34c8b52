package vn.gov.cantho.egov;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module structure holds: no cycles, no reaching into another module's internals. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(EgovApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() throws java.io.IOException {
		// Where the Documenter writes under Maven; removed first so an old file cannot pass the check.
		java.nio.file.Path components = java.nio.file.Path.of("target", "spring-modulith-docs", "components.puml");
		java.nio.file.Files.deleteIfExists(components);
		new Documenter(modules).writeDocumentation();
		assertThat(components).exists();
		assertThat(java.nio.file.Files.readString(components)).contains("Directory", "Identity", "Notification",
				"Audit");
	}
}
