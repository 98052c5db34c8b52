package vn.gov.cantho.egov.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads the administrative map on any date, so a 2022 record still shows the district that handled it. */
public interface AdministrativeMap {

	/** The unit with this official code as it stood on {@code at}, if it existed then. */
	Optional<AdminUnitView> unit(String code, LocalDate at);

	/** Units directly under {@code parentCode} on {@code at}; top-level units when {@code parentCode} is null. */
	List<AdminUnitView> children(String parentCode, LocalDate at);

	/** Whether {@code unitCode} is {@code ancestorCode} or lies below it on {@code at}. */
	boolean isWithin(String unitCode, String ancestorCode, LocalDate at);

	/** The unit that carries on the work of {@code code} on {@code at} (itself if it still exists). */
	Optional<AdminUnitView> successor(String code, LocalDate at);

	/**
	 * Every ward and commune (commune level) on {@code at}, whatever the tiers above them that day, in Vietnamese
	 * alphabetical order: what a citizen or an official picks an area from.
	 */
	List<AdminUnitView> communes(LocalDate at);
}
