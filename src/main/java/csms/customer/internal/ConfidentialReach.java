package csms.customer.internal;

import java.util.Set;

/**
 * Which confidential customers a viewer may know of (CUS-6), in the form the queries filter by: all of them, or
 * those owned by one of {@code owners} plus, with {@code unassigned}, those without an owner. Open (not
 * confidential) customers are always in reach.
 */
public record ConfidentialReach(boolean everything, boolean unassigned, Set<Long> owners) {

    /** Stands for "no owner" in an IN list, which may not be empty. */
    private static final Set<Long> NOBODY = Set.of(-1L);

    public ConfidentialReach {
        owners = owners == null || owners.isEmpty() ? NOBODY : Set.copyOf(owners);
    }

    /** A manager's reach, or system work without a viewer to hide anything from. */
    public static ConfidentialReach all() {
        return new ConfidentialReach(true, true, Set.of());
    }
}
