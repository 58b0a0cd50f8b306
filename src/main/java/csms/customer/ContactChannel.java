package csms.customer;

/** How an agent contacted the customer. */
public enum ContactChannel {
    PHONE,
    VISIT,
    EMAIL,
    MESSAGE,
    CHAT,
    OTHER
}
