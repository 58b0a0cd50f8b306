package csms.customer;

import java.util.Set;

/**
 * A group of active customers chosen by flags of the archive (VIS-3, VIS-5): members only or everyone, some kinds
 * (empty: any kind), some grades by code (empty: any grade, a customer without a grade too).
 */
public record CustomerSegment(boolean membersOnly, Set<CustomerKind> kinds, Set<String> gradeCodes) {

    public CustomerSegment {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        gradeCodes = gradeCodes == null ? Set.of() : Set.copyOf(gradeCodes);
    }

    /** Every active customer. */
    public static CustomerSegment everyone() {
        return new CustomerSegment(false, Set.of(), Set.of());
    }
}
