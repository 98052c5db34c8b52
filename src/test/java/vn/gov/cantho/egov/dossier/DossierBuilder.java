package vn.gov.cantho.egov.dossier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.gov.cantho.egov.procedure.DeliveryOption;

/**
 * Builds applications for tests: {@code aDossier().procedure("1.001456").document("TO-KHAI", uploadId).build()}.
 * The defaults are a valid applicant (a test name, a mobile number, no e-mail) receiving the result at the counter,
 * in Vietnamese; form values and documents are whatever the test adds.
 */
public final class DossierBuilder {

	private String procedureCode = "1.001456";
	private String fullName = "Trần Thị Thử (test)";
	private String citizenId;
	private String phone = "0901234567";
	private String email;
	private String address = "12 Hòa Bình, phường Cái Khế, Cần Thơ";
	private final Map<String, String> formValues = new LinkedHashMap<>();
	private final List<AttachedDocument> documents = new ArrayList<>();
	private DeliveryOption delivery = DeliveryOption.COUNTER;
	private String postalAddress;
	private Locale language = Locale.forLanguageTag("vi");

	private DossierBuilder() {
	}

	public static DossierBuilder aDossier() {
		return new DossierBuilder();
	}

	public DossierBuilder procedure(String code) {
		this.procedureCode = code;
		return this;
	}

	public DossierBuilder applicant(String name, String phoneNumber) {
		this.fullName = name;
		this.phone = phoneNumber;
		return this;
	}

	public DossierBuilder citizenId(String value) {
		this.citizenId = value;
		return this;
	}

	public DossierBuilder email(String value) {
		this.email = value;
		return this;
	}

	public DossierBuilder field(String key, String value) {
		formValues.put(key, value);
		return this;
	}

	public DossierBuilder fields(Map<String, String> values) {
		formValues.putAll(values);
		return this;
	}

	public DossierBuilder document(String code, String uploadId) {
		documents.add(new AttachedDocument(code, uploadId));
		return this;
	}

	public DossierBuilder atCounter() {
		this.delivery = DeliveryOption.COUNTER;
		this.postalAddress = null;
		return this;
	}

	public DossierBuilder byPost(String address) {
		this.delivery = DeliveryOption.POST;
		this.postalAddress = address;
		return this;
	}

	public DossierBuilder delivery(DeliveryOption option) {
		this.delivery = option;
		return this;
	}

	public DossierBuilder language(String tag) {
		this.language = Locale.forLanguageTag(tag);
		return this;
	}

	public DossierApplication build() {
		return new DossierApplication(procedureCode, new Applicant(fullName, citizenId, phone, email, address),
				formValues, documents, delivery, postalAddress, language);
	}
}
