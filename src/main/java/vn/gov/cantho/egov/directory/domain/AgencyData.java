package vn.gov.cantho.egov.directory.domain;

import vn.gov.cantho.egov.directory.AgencyKind;

/** What an administrator enters for an agency; its tier follows from the unit. */
public record AgencyData(String code, String name, String nameEn, AgencyKind kind, String unitCode,
		boolean active) {
}
