package vn.gov.cantho.egov.directory.web;

import java.util.Arrays;

import vn.gov.cantho.egov.directory.AgencyKind;
import vn.gov.cantho.egov.directory.AgencyView;
import vn.gov.cantho.egov.directory.domain.AgencyData;

/** The agency form as typed, shown back unchanged when something needs fixing. */
public class AgencyForm {

	private String code;
	private String name;
	private String nameEn;
	private String kind;
	private String unitCode;
	private boolean active = true;

	static AgencyForm of(AgencyView agency) {
		AgencyForm form = new AgencyForm();
		form.code = agency.code();
		form.name = agency.name();
		form.nameEn = agency.nameEn();
		form.kind = agency.kind().name();
		form.unitCode = agency.unitCode();
		form.active = agency.active();
		return form;
	}

	AgencyData data() {
		AgencyKind chosen = Arrays.stream(AgencyKind.values())
			.filter(k -> k.name().equals(kind))
			.findFirst()
			.orElse(null);
		return new AgencyData(code, name, nameEn, chosen, unitCode, active);
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getUnitCode() {
		return unitCode;
	}

	public void setUnitCode(String unitCode) {
		this.unitCode = unitCode;
	}

	public boolean isActive() {
		return active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}
}
