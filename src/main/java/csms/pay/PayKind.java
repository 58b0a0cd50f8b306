package csms.pay;

/** How someone earns commission: an agent shares the group's pot (PAY-3); other staff get a level's share (PAY-5). */
public enum PayKind {
    AGENT, OTHER_STAFF
}
