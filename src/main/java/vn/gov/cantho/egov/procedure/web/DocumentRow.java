package vn.gov.cantho.egov.procedure.web;

import vn.gov.cantho.egov.procedure.DocumentForm;
import vn.gov.cantho.egov.procedure.RequiredDocument;

/** One dossier component row of the procedure form; a row left blank or marked for removal is dropped. */
public class DocumentRow {

	private String code;
	private String nameVi;
	private String nameEn;
	private String form = DocumentForm.ORIGINAL.name();
	private String copies = "1";
	private boolean mandatory = true;
	private boolean remove;

	static DocumentRow of(RequiredDocument document) {
		DocumentRow row = new DocumentRow();
		row.code = document.code();
		row.nameVi = document.nameVi();
		row.nameEn = document.nameEn();
		row.form = document.form().name();
		row.copies = String.valueOf(document.copies());
		row.mandatory = document.mandatory();
		return row;
	}

	boolean isBlank() {
		return ProcedureForm.blank(code) && ProcedureForm.blank(nameVi) && ProcedureForm.blank(nameEn);
	}

	RequiredDocument document(FormNumbers numbers, int index) {
		Integer count = numbers.count(copies, "documents[" + index + "].copies");
		return new RequiredDocument(code, nameVi, nameEn, FormNumbers.constant(DocumentForm.class, form),
				count == null ? 0 : count, mandatory);
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getNameVi() {
		return nameVi;
	}

	public void setNameVi(String nameVi) {
		this.nameVi = nameVi;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getForm() {
		return form;
	}

	public void setForm(String form) {
		this.form = form;
	}

	public String getCopies() {
		return copies;
	}

	public void setCopies(String copies) {
		this.copies = copies;
	}

	public boolean isMandatory() {
		return mandatory;
	}

	public void setMandatory(boolean mandatory) {
		this.mandatory = mandatory;
	}

	public boolean isRemove() {
		return remove;
	}

	public void setRemove(boolean remove) {
		this.remove = remove;
	}
}
