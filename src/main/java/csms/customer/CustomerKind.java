package csms.customer;

/** A person or an organisation (company, institution). */
public enum CustomerKind {
    PERSON,
    ORGANISATION
}
