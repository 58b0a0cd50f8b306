package csms.service;

/** How the customer reached the department (SVC-2). */
public enum Channel {
    PHONE, EMAIL, CHAT, WEB_FORM, FAX, IN_PERSON, OTHER
}
