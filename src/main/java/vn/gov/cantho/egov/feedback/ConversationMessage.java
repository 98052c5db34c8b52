package vn.gov.cantho.egov.feedback;

/** Where a messaging-platform message went: the item's number, and whether it opened a new item or was a retry. */
public record ConversationMessage(String number, boolean newItem, boolean duplicate) {
}
