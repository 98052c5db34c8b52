package vn.gov.cantho.egov.system;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/**
 * A liveness answer that touches neither the database nor the session: load balancers use it to see that a node
 * serves requests, and benchmarks use it as the baseline of what one node can answer at all.
 */
@RestController
class PingController {

	private final Clock clock;

	PingController(Clock clock) {
		this.clock = clock;
	}

	@Operation(summary = "Liveness of this node, without touching the database")
	@GetMapping("/api/v1/ping")
	Map<String, Object> ping() {
		return Map.of("status", "ok", "time", Instant.now(clock).toString());
	}
}
