package csms.customer;

/** How scripts address the customer: 先生 / 女士, or by name only. */
public enum Salutation {
    MR,
    MS,
    NONE
}
