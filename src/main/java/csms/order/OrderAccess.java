package csms.order;

import csms.identity.Department;
import csms.identity.Departments;
import csms.identity.SignedInUser;
import csms.shared.Role;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a signed-in user sees of the ledger and of net sales: HR and department managers (and above) everything, a
 * supervisor the groups they belong to or lead, an agent only the orders credited to them (and no net sales).
 *
 * @param all        every order
 * @param groups     the groups seen in full (empty for an agent)
 * @param agentId    the user, who always sees the orders credited to them
 * @param mayEdit    supervisors and above enter and import orders (a supervisor only for their groups)
 */
public record OrderAccess(boolean all, Set<Long> groups, long agentId, boolean mayEdit) {

    public OrderAccess {
        groups = Set.copyOf(groups);
    }

    /** The signed-in user's access: their own groups and the groups they lead. */
    static OrderAccess current(Departments departments) {
        SignedInUser user = SignedInUser.current();
        Set<Long> led = user == null ? Set.of() : departments.all().stream()
                .filter(d -> d.getSupervisorId() != null && d.getSupervisorId() == user.id())
                .map(Department::getId).collect(Collectors.toSet());
        return of(user, led);
    }

    static OrderAccess of(SignedInUser user, Set<Long> ledGroups) {
        if (user == null) {
            throw new org.springframework.security.access.AccessDeniedException("order");
        }
        boolean all = user.hasAtLeast(Role.DEPT_MANAGER) || user.roles().contains(Role.HR);
        boolean supervisor = user.hasAtLeast(Role.SUPERVISOR);
        Set<Long> groups = Set.of();
        if (supervisor) {
            java.util.Set<Long> own = new java.util.HashSet<>(ledGroups);
            if (user.departmentId() != null) {
                own.add(user.departmentId());
            }
            groups = own;
        }
        return new OrderAccess(all, groups, user.id(), supervisor);
    }

    /** Whether the user sees net sales at all (agents do not). */
    public boolean seesNetSales() {
        return all || !groups.isEmpty();
    }

    public boolean seesGroup(long departmentId) {
        return all || groups.contains(departmentId);
    }

    public boolean sees(ShopOrder order) {
        return seesGroup(order.getDepartmentId()) || order.getAgentId() != null && order.getAgentId() == agentId;
    }

    /** Whether the user may enter or import an order credited to this group. */
    public boolean mayCredit(long departmentId) {
        return mayEdit && seesGroup(departmentId);
    }

    /** The groups for a query: a placeholder that matches nothing when the user sees no group. */
    Set<Long> groupsForQuery() {
        return groups.isEmpty() ? Set.of(-1L) : groups;
    }
}
