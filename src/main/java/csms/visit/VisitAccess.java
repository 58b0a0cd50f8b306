package csms.visit;

import csms.identity.SignedInUser;
import csms.shared.NotFoundException;
import csms.shared.Role;
import java.util.Objects;

/**
 * Who sees and records a visit: its agent, the supervisor of the agent's team, managers. Anyone else gets 404,
 * as if the visit did not exist.
 */
record VisitAccess(long viewerId, Long departmentId, boolean all, boolean team) {

    static VisitAccess current() {
        SignedInUser me = SignedInUser.current();
        if (me == null) {
            return new VisitAccess(-1, null, false, false);
        }
        boolean all = me.hasAtLeast(Role.DEPT_MANAGER);
        boolean team = !all && me.hasAtLeast(Role.SUPERVISOR);
        return new VisitAccess(me.id(), me.departmentId(), all, team);
    }

    boolean sees(ReturnVisit v) {
        return all || Objects.equals(v.getAgentId(), viewerId)
                || (team && departmentId != null && departmentId.equals(v.getDepartmentId()));
    }

    ReturnVisit require(ReturnVisit v, long id) {
        if (v == null || !sees(v)) {
            throw new NotFoundException(ReturnVisits.SUBJECT, id);
        }
        return v;
    }

    /** The team a list covers: the supervisor's department; null for an agent (own visits only). */
    Long teamDepartment() {
        return team ? departmentId : null;
    }
}
