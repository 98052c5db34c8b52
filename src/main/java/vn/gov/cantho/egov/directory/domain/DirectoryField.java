package vn.gov.cantho.egov.directory.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import vn.gov.cantho.egov.directory.FieldView;
import vn.gov.cantho.egov.shared.TextFolding;

/** A field (lĩnh vực) as stored. The class name gives the table name (quoted in each database's own case). */
class DirectoryField {

	@Id
	private final String code;
	private String name;
	private String nameEn;
	private String nameFolded;
	@Version
	private Integer version;

	DirectoryField(String code, String name, String nameEn, String nameFolded, Integer version) {
		this.code = code;
		this.name = name;
		this.nameEn = nameEn;
		this.nameFolded = nameFolded;
		this.version = version;
	}

	static DirectoryField create(String code) {
		return new DirectoryField(code, null, null, null, null);
	}

	void change(FieldView data) {
		this.name = data.name().trim();
		this.nameEn = data.nameEn().trim();
		this.nameFolded = TextFolding.fold(name);
	}

	String nameFolded() {
		return nameFolded;
	}

	FieldView view() {
		return new FieldView(code, name, nameEn);
	}
}
