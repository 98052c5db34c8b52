package vn.gov.cantho.egov.health.testing;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Slots to generate for one local day at a site: one every {@code everyMinutes} from {@code from} until {@code until}
 * (the last slot ends by then), each taking {@code capacity} people.
 */
public record SlotPlan(LocalDate day, LocalTime from, LocalTime until, Integer everyMinutes, Integer capacity) {
}
