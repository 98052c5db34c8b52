package vn.gov.cantho.egov.directory.web;

import vn.gov.cantho.egov.directory.FieldView;

/** The field (lĩnh vực) form as typed. */
public class FieldForm {

	private String code;
	private String name;
	private String nameEn;

	static FieldForm of(FieldView field) {
		FieldForm form = new FieldForm();
		form.code = field.code();
		form.name = field.name();
		form.nameEn = field.nameEn();
		return form;
	}

	FieldView data() {
		return new FieldView(code, name, nameEn);
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
}
