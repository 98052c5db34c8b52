package vn.gov.cantho.egov.directory.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import vn.gov.cantho.egov.directory.AgencyKind;
import vn.gov.cantho.egov.directory.AgencyView;
import vn.gov.cantho.egov.directory.UnitLevel;
import vn.gov.cantho.egov.shared.TextFolding;

/**
 * An agency as stored; the class name gives the table name, quoted in each database's own case. The tier is copied
 * from the unit it serves so lists can sort by it without a join.
 */
class DirectoryAgency {

	@Id
	private final String code;
	private String name;
	private String nameEn;
	private String nameFolded;
	private AgencyKind kind;
	private UnitLevel unitLevel;
	private String unitCode;
	private boolean active;
	@Version
	private Integer version;

	DirectoryAgency(String code, String name, String nameEn, String nameFolded, AgencyKind kind, UnitLevel unitLevel,
			String unitCode, boolean active, Integer version) {
		this.code = code;
		this.name = name;
		this.nameEn = nameEn;
		this.nameFolded = nameFolded;
		this.kind = kind;
		this.unitLevel = unitLevel;
		this.unitCode = unitCode;
		this.active = active;
		this.version = version;
	}

	static DirectoryAgency create(String code) {
		return new DirectoryAgency(code, null, null, null, null, null, null, true, null);
	}

	void change(AgencyData data, UnitLevel level) {
		this.name = data.name().trim();
		this.nameEn = data.nameEn().trim();
		this.nameFolded = TextFolding.fold(name);
		this.kind = data.kind();
		this.unitLevel = level;
		this.unitCode = data.unitCode();
		this.active = data.active();
	}

	String nameFolded() {
		return nameFolded;
	}

	AgencyView view() {
		return new AgencyView(code, name, nameEn, kind, unitLevel, unitCode, active);
	}
}
