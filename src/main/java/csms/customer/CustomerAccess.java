package csms.customer;

import csms.customer.internal.ConfidentialReach;
import csms.identity.SignedInUser;
import csms.shared.Role;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.springframework.security.access.AccessDeniedException;

/**
 * Confidentiality of the archive (CUS-6). Full contact data and edit rights: an agent for the customers they own;
 * a supervisor for those owned by members of their department (team) and the unassigned ones; a department manager
 * and above for all; anyone else sees masked data only. Lists are always masked.
 * <p>
 * A confidential 保密 customer goes further: only the owner's team knows it exists — the owner, the members of the
 * owner's department (agents masked, its supervisors in full) and department managers and above. For everyone
 * else it does not exist: 404, and absent from lists, search, counts, exports and merge candidates.
 * <b>Decision</b>: an unassigned confidential customer is known to every supervisor and above — it has no team
 * yet, and supervisors are who assign it — and to no agent. Roles without customer rights (HR, administrator)
 * never know a confidential customer.
 */
final class CustomerAccess {

    enum Scope { ALL, TEAM, OWN, NONE }

    private final long viewerId;
    private final Scope scope;
    private final Long departmentId;
    private final Function<Long, Set<Long>> departmentMembers;
    private Set<Long> team;

    CustomerAccess(long viewerId, Scope scope, Long departmentId, Function<Long, Set<Long>> departmentMembers) {
        this.viewerId = viewerId;
        this.scope = scope;
        this.departmentId = departmentId;
        this.departmentMembers = departmentMembers;
    }

    /** The access of a signed-in user; team members are looked up only when the rights need them. */
    static CustomerAccess of(SignedInUser user, Function<Long, Set<Long>> departmentMembers) {
        if (user == null) {
            return new CustomerAccess(-1, Scope.NONE, null, d -> Set.of());
        }
        Scope scope = user.hasAtLeast(Role.DEPT_MANAGER) ? Scope.ALL
                : user.hasAtLeast(Role.SUPERVISOR) ? Scope.TEAM
                : user.hasAtLeast(Role.AGENT) ? Scope.OWN : Scope.NONE;
        return new CustomerAccess(user.id(), scope, user.departmentId(), departmentMembers);
    }

    /** True when the viewer may know that a customer with this flag and owner (null: unassigned) exists. */
    boolean sees(boolean confidential, Long ownerId) {
        if (!confidential || scope == Scope.ALL) {
            return true;
        }
        if (scope == Scope.NONE) {
            return false;
        }
        if (ownerId == null) {
            return scope == Scope.TEAM;
        }
        return ownerId == viewerId || team().contains(ownerId);
    }

    boolean sees(Customer c) {
        return sees(c.isConfidential(), c.getOwnerId());
    }

    /** The same rule as {@link #sees(boolean, Long)}, as the list, search and export queries filter by it. */
    ConfidentialReach reach() {
        return switch (scope) {
            case ALL -> ConfidentialReach.all();
            case NONE -> new ConfidentialReach(false, false, Set.of());
            case TEAM, OWN -> {
                Set<Long> owners = new HashSet<>(team());
                owners.add(viewerId);
                yield new ConfidentialReach(false, scope == Scope.TEAM, owners);
            }
        };
    }

    /** True when the viewer may see the contact data of a customer with this owner (null: unassigned) in full. */
    boolean seesInFull(Long ownerId) {
        return switch (scope) {
            case ALL -> true;
            case TEAM -> ownerId == null || ownerId == viewerId || team().contains(ownerId);
            case OWN -> ownerId != null && ownerId == viewerId;
            case NONE -> false;
        };
    }

    /** Edit rights follow the full view: the owner agent, the owner's supervisor (or any for unassigned), managers. */
    boolean mayEdit(Long ownerId) {
        return seesInFull(ownerId);
    }

    /** Agents and above register customers as they collect them (CUS-4). */
    boolean mayRegister() {
        return scope != Scope.NONE;
    }

    /** Classification flags, confidentiality, account managers and merging duplicates are the supervisor's review. */
    boolean mayReview() {
        return scope == Scope.ALL || scope == Scope.TEAM;
    }

    /** Refuses (403) a change to a record the viewer may not edit. */
    void requireEdit(Long ownerId) {
        if (!mayEdit(ownerId)) {
            throw new AccessDeniedException("customer.edit");
        }
    }

    /**
     * Refuses (403) an agent's change of the flags, the confidentiality or the account manager (null current: a
     * new record). A null confidentiality in the command keeps the current one.
     */
    void requireReviewOf(Customer current, CustomerFields f) {
        if (mayReview()) {
            return;
        }
        boolean member = current != null && current.isMember();
        boolean big = current != null && current.isBigCustomer();
        boolean important = current != null && current.isImportantAgreement();
        boolean confidential = current != null && current.isConfidential();
        Long manager = current == null ? null : current.getAccountManagerId();
        if (f.member() != member || f.bigCustomer() != big || f.importantAgreement() != important
                || (f.confidential() != null && f.confidential() != confidential)
                || !Objects.equals(f.accountManagerId(), manager)) {
            throw new AccessDeniedException("customer.classification");
        }
    }

    /** Refuses (403) a merge unless the viewer reviews (supervisor+) and may edit both records. */
    void requireMerge(Customer survivor, Customer duplicate) {
        if (!mayReview() || !mayEdit(survivor.getOwnerId()) || !mayEdit(duplicate.getOwnerId())) {
            throw new AccessDeniedException("customer.merge");
        }
    }

    long viewerId() {
        return viewerId;
    }

    private Set<Long> team() {
        if (team == null) {
            team = departmentId == null ? Set.of() : Objects.requireNonNullElse(departmentMembers.apply(departmentId), Set.of());
        }
        return team;
    }
}
