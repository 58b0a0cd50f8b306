package csms.service;

import csms.identity.SignedInUser;
import csms.shared.Role;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who sees and who works a request. Seeing follows the customer's confidentiality (CUS-6): a confidential customer's
 * requests are restricted to the owner's department, so others get 404; managers see all. Working a request: the
 * assignee, anyone of the team while it is unassigned, the team's supervisor, managers. Approving (CMP-4):
 * supervisors and above who may work the request.
 */
final class RequestAccess {

    enum Scope { ALL, TEAM, OWN, NONE }

    private final long viewerId;
    private final Scope scope;
    private final Long departmentId;
    private final Function<Long, Set<Long>> departmentMembers;
    private Set<Long> team;

    RequestAccess(long viewerId, Scope scope, Long departmentId, Function<Long, Set<Long>> departmentMembers) {
        this.viewerId = viewerId;
        this.scope = scope;
        this.departmentId = departmentId;
        this.departmentMembers = departmentMembers;
    }

    static RequestAccess of(SignedInUser user, Function<Long, Set<Long>> departmentMembers) {
        if (user == null) {
            return new RequestAccess(-1, Scope.NONE, null, d -> Set.of());
        }
        Scope scope = user.hasAtLeast(Role.DEPT_MANAGER) ? Scope.ALL
                : user.hasAtLeast(Role.SUPERVISOR) ? Scope.TEAM
                : user.hasAtLeast(Role.AGENT) ? Scope.OWN : Scope.NONE;
        return new RequestAccess(user.id(), scope, user.departmentId(), departmentMembers);
    }

    boolean sees(ServiceRequest r) {
        return sees(r.getRestrictedDepartmentId(), r.getAssigneeId());
    }

    boolean sees(Long restrictedDepartmentId, Long assigneeId) {
        return switch (scope) {
            case ALL -> true;
            case NONE -> false;
            case TEAM, OWN -> restrictedDepartmentId == null || restrictedDepartmentId.equals(departmentId)
                    || Objects.equals(assigneeId, viewerId);
        };
    }

    boolean mayWork(ServiceRequest r) {
        if (!sees(r)) {
            return false;
        }
        Long assignee = r.getAssigneeId();
        boolean ownTeamQueue = r.getDepartmentId() == null || r.getDepartmentId().equals(departmentId);
        return switch (scope) {
            case ALL -> true;
            case NONE -> false;
            case TEAM -> ownTeamQueue || Objects.equals(assignee, viewerId) || (assignee != null && team().contains(assignee));
            case OWN -> Objects.equals(assignee, viewerId) || (assignee == null && ownTeamQueue);
        };
    }

    boolean mayApprove(ServiceRequest r) {
        return (scope == Scope.ALL || scope == Scope.TEAM) && mayWork(r);
    }

    /** Assigning to someone else, transferring to another team: the team's supervisor and managers. */
    boolean mayDispatch(ServiceRequest r) {
        return mayApprove(r);
    }

    void requireWork(ServiceRequest r) {
        if (!mayWork(r)) {
            throw new AccessDeniedException("service.work");
        }
    }

    void requireApprove(ServiceRequest r) {
        if (!mayApprove(r)) {
            throw new AccessDeniedException("service.approve");
        }
    }

    void requireDispatch(ServiceRequest r) {
        if (!mayDispatch(r)) {
            throw new AccessDeniedException("service.dispatch");
        }
    }

    boolean seesAll() {
        return scope == Scope.ALL;
    }

    boolean isSupervisor() {
        return scope == Scope.ALL || scope == Scope.TEAM;
    }

    long viewerId() {
        return viewerId;
    }

    Long departmentId() {
        return departmentId;
    }

    Set<Long> team() {
        if (team == null) {
            team = departmentId == null ? Set.of()
                    : Objects.requireNonNullElse(departmentMembers.apply(departmentId), Set.of());
        }
        return team;
    }
}
