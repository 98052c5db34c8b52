package vn.gov.cantho.egov.health.testing.web;

/** A day's slots to generate at a site. */
public class PlanForm {

	private String day;
	private String from;
	private String until;
	private String everyMinutes;
	private String capacity;

	public String getDay() {
		return day;
	}

	public void setDay(String day) {
		this.day = day;
	}

	public String getFrom() {
		return from;
	}

	public void setFrom(String from) {
		this.from = from;
	}

	public String getUntil() {
		return until;
	}

	public void setUntil(String until) {
		this.until = until;
	}

	public String getEveryMinutes() {
		return everyMinutes;
	}

	public void setEveryMinutes(String everyMinutes) {
		this.everyMinutes = everyMinutes;
	}

	public String getCapacity() {
		return capacity;
	}

	public void setCapacity(String capacity) {
		this.capacity = capacity;
	}
}
