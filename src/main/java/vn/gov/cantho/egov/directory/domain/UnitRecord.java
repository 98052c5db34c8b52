package vn.gov.cantho.egov.directory.domain;

import java.time.LocalDate;

import vn.gov.cantho.egov.directory.UnitLevel;

/** A unit's identity and lifetime, whatever its name and parent at any one time. */
public record UnitRecord(String code, UnitLevel level, LocalDate validFrom, LocalDate validTo) {

	boolean existsOn(LocalDate date) {
		return !validFrom.isAfter(date) && (validTo == null || validTo.isAfter(date));
	}

	boolean isOpen() {
		return validTo == null;
	}
}
