package csms.customer;

import csms.shared.RuleViolation;

/**
 * What the customer list shows: a text query (name, company, phone digits, pinyin, initials, email) combined with
 * filters on grade, flags, owner, completeness and whether the record is due for its information refresh (CUS-2).
 * Null means "any".
 */
public record CustomerFilter(String q, Long gradeId, Boolean member, Boolean bigCustomer, Boolean importantAgreement,
        Long ownerId, boolean unassigned, Boolean incomplete, boolean refreshDue) {

    public CustomerFilter {
        q = q == null || q.isBlank() ? null : q.strip();
    }

    public CustomerFilter(String q, Long gradeId, Boolean member, Boolean bigCustomer, Boolean importantAgreement,
            Long ownerId, boolean unassigned, Boolean incomplete) {
        this(q, gradeId, member, bigCustomer, importantAgreement, ownerId, unassigned, incomplete, false);
    }

    /** The same filter, limited to records due for their information refresh. */
    public CustomerFilter dueForRefresh() {
        return new CustomerFilter(q, gradeId, member, bigCustomer, importantAgreement, ownerId, unassigned, incomplete, true);
    }

    public static CustomerFilter all() {
        return new CustomerFilter(null, null, null, null, null, null, false, null);
    }

    public static CustomerFilter text(String q) {
        return new CustomerFilter(q, null, null, null, null, null, false, null);
    }

    /** Parses the owner filter as the list and the API take it: "me", "unassigned" or a user id. */
    public static CustomerFilter of(String q, Long gradeId, Boolean member, Boolean bigCustomer,
            Boolean importantAgreement, String owner, Boolean incomplete, long me) {
        Long ownerId = null;
        boolean unassigned = false;
        if (owner != null && !owner.isBlank()) {
            String o = owner.strip();
            if (o.equals("me")) {
                ownerId = me;
            } else if (o.equals("unassigned")) {
                unassigned = true;
            } else if (o.matches("\\d{1,18}")) {
                ownerId = Long.parseLong(o);
            } else {
                throw RuleViolation.onField("owner", "customer.filter.owner", o);
            }
        }
        return new CustomerFilter(q, gradeId, member, bigCustomer, importantAgreement, ownerId, unassigned, incomplete);
    }

    public boolean hasText() {
        return q != null;
    }
}
