package csms.service;

/** What a contact is about (SVC-1): a question about the business, the status of something, or a complaint. */
public enum RequestType {
    CONSULTATION, QUERY, COMPLAINT
}
