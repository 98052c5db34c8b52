package vn.gov.cantho.egov.feedback.web;

/**
 * What the 1022 console binds: the caller's phone first, then an optional name, the content (with an optional short
 * title, else its first words), field with its extra questions, address and ward, the channel (HOTLINE or
 * IN_PERSON) and whether the caller agrees to publication. {@code key} is born with the form so that a double press
 * saves one item.
 */
public class IntakeForm extends ItemForm {

	private String channel;

	public String getChannel() {
		return channel;
	}

	public void setChannel(String channel) {
		this.channel = channel;
	}
}
