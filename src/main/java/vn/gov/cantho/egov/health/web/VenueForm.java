package vn.gov.cantho.egov.health.web;

/**
 * What the venue registration form binds. Numbers are bound as text so that a mistyped value comes back as it was
 * typed, next to its error; blank numbers take the defaults of the venue type.
 */
public class VenueForm {

	private String name;
	private String address;
	private String unitCode;
	private String type;
	private String defaultStay;
	private String minOverlap;
	private String ownerPhone;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getUnitCode() {
		return unitCode;
	}

	public void setUnitCode(String unitCode) {
		this.unitCode = unitCode;
	}

	public String getType() {
		return type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public String getDefaultStay() {
		return defaultStay;
	}

	public void setDefaultStay(String defaultStay) {
		this.defaultStay = defaultStay;
	}

	public String getMinOverlap() {
		return minOverlap;
	}

	public void setMinOverlap(String minOverlap) {
		this.minOverlap = minOverlap;
	}

	public String getOwnerPhone() {
		return ownerPhone;
	}

	public void setOwnerPhone(String ownerPhone) {
		this.ownerPhone = ownerPhone;
	}
}
