package csms.service;

/** How the customer confirmed the solution (CMP-5): a signature drawn on screen or a one-time link. */
public enum ConfirmationMethod {
    SIGNATURE, LINK
}
