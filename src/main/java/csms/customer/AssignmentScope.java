package csms.customer;

import csms.identity.SignedInUser;
import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import csms.shared.NotFoundException;
import csms.shared.Role;
import csms.shared.RuleViolation;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may assign which customers to whom, and who may work with a customer's contact records (CUS-5, CUS-6).
 * A supervisor acts within their own department (team): unassigned customers and those owned by team members,
 * given to active agents of the team; a department manager or above acts anywhere; an agent on their own.
 */
@Component
class AssignmentScope {

    private final UserAccounts users;

    AssignmentScope(UserAccounts users) {
        this.users = users;
    }

    /** The signed-in user; refused when nobody is signed in. */
    SignedInUser me() {
        SignedInUser me = SignedInUser.current();
        if (me == null) {
            throw new AccessDeniedException("not signed in");
        }
        return me;
    }

    /** The signed-in user, who must be a supervisor or above to assign. */
    SignedInUser assigner() {
        SignedInUser me = me();
        if (!me.hasAtLeast(Role.SUPERVISOR)) {
            throw new AccessDeniedException("assigning customers needs a supervisor");
        }
        return me;
    }

    /** Everyone in the user's department (their team), disabled members included. */
    Set<Long> team(SignedInUser user) {
        return users.departmentMemberIds(user.departmentId());
    }

    static boolean isManager(SignedInUser user) {
        return user.hasAtLeast(Role.DEPT_MANAGER);
    }

    /** A supervisor may assign unassigned customers and those of their team; a manager any customer. */
    static boolean mayAssign(SignedInUser user, Customer customer, Set<Long> team) {
        return isManager(user) || customer.getOwnerId() == null || team.contains(customer.getOwnerId());
    }

    void requireAssignable(SignedInUser user, Customer customer, Set<Long> team) {
        if (!mayAssign(user, customer, team)) {
            throw new AccessDeniedException("customer " + customer.getId() + " belongs to another team");
        }
    }

    /** The agent to assign to: an active agent or supervisor, of the assigner's department unless a manager. */
    UserAccount requireAgent(SignedInUser user, Long agentId, String field) {
        UserAccount agent = agentId == null ? null : users.byIds(Set.of(agentId)).get(agentId);
        if (agent == null) {
            throw RuleViolation.onField(field, "customer.assignment.agent-unknown", String.valueOf(agentId));
        }
        Set<Role> roles = agent.getRoles();
        if (!agent.isEnabled() || !(roles.contains(Role.AGENT) || roles.contains(Role.SUPERVISOR))) {
            throw RuleViolation.onField(field, "customer.assignment.agent-inactive", agent.getDisplayName());
        }
        if (!isManager(user) && (user.departmentId() == null
                || !Objects.equals(agent.getDepartmentId(), user.departmentId()))) {
            throw RuleViolation.onField(field, "customer.assignment.agent-outside-team", agent.getDisplayName());
        }
        return agent;
    }

    /** The owner, the owner's supervisor (or any supervisor for an unassigned customer) and managers. */
    boolean mayWorkWith(SignedInUser user, Customer customer) {
        if (Objects.equals(customer.getOwnerId(), user.id()) || isManager(user)) {
            return true;
        }
        return user.hasAtLeast(Role.SUPERVISOR)
                && (customer.getOwnerId() == null || team(user).contains(customer.getOwnerId()));
    }

    /** Hides the customer (404, "or you may not see it") from those who may not work with it. */
    void requireWorkWith(SignedInUser user, Customer customer) {
        if (!mayWorkWith(user, customer)) {
            throw new NotFoundException("Customer", customer.getId());
        }
    }

    /** The department whose team a user sees: their own; a manager may look at another one. */
    static Long department(SignedInUser user, Long requested) {
        return requested != null && isManager(user) ? requested : user.departmentId();
    }

    /**
     * The active agents a user may assign to, in the department they look at: a supervisor's own team; a manager
     * without a chosen department sees every active agent.
     */
    List<UserAccount> agents(SignedInUser user, Long requestedDepartment) {
        Long department = department(user, requestedDepartment);
        if (department == null && !isManager(user)) {
            return List.of();
        }
        return users.activeAgents().stream()
                .filter(a -> department == null || department.equals(a.getDepartmentId())).toList();
    }
}
