package csms.customer;

import csms.identity.SignedInUser;
import csms.shared.Role;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.springframework.security.access.AccessDeniedException;

/**
 * Confidentiality of the archive (CUS-6): who sees a customer's phones, address and email in full and may change
 * the record. An agent: the customers they own. A supervisor: those owned by members of their department and the
 * unassigned ones. A department manager and above: all. Anyone else: masked only. Lists are always masked.
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

    /** The access of a signed-in user; team members are looked up only when a supervisor's rights need them. */
    static CustomerAccess of(SignedInUser user, Function<Long, Set<Long>> departmentMembers) {
        if (user == null) {
            return new CustomerAccess(-1, Scope.NONE, null, d -> Set.of());
        }
        Scope scope = user.hasAtLeast(Role.DEPT_MANAGER) ? Scope.ALL
                : user.hasAtLeast(Role.SUPERVISOR) ? Scope.TEAM
                : user.hasAtLeast(Role.AGENT) ? Scope.OWN : Scope.NONE;
        return new CustomerAccess(user.id(), scope, user.departmentId(), departmentMembers);
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

    /** Classification flags, account managers and merging duplicates are the supervisor's review (CUS-4). */
    boolean mayReview() {
        return scope == Scope.ALL || scope == Scope.TEAM;
    }

    /** Refuses (403) a change to a record the viewer may not edit. */
    void requireEdit(Long ownerId) {
        if (!mayEdit(ownerId)) {
            throw new AccessDeniedException("customer.edit");
        }
    }

    /** Refuses (403) an agent's change of the flags or the account manager (null current: a new record). */
    void requireReviewOf(Customer current, CustomerFields f) {
        if (mayReview()) {
            return;
        }
        boolean member = current != null && current.isMember();
        boolean big = current != null && current.isBigCustomer();
        boolean important = current != null && current.isImportantAgreement();
        Long manager = current == null ? null : current.getAccountManagerId();
        if (f.member() != member || f.bigCustomer() != big || f.importantAgreement() != important
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
