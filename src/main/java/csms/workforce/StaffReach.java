package csms.workforce;

import csms.identity.Department;
import csms.identity.SignedInUser;
import csms.shared.Role;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whose attendance, overtime and discipline records a user may see and keep (WFM-2, WFM-6, WFM-7): HR, department
 * managers and above all of them; a supervisor the teams they lead (departments whose supervisor they are, and their
 * own department); everyone their own. Pay figures (fines, bonus deductions) only HR, department managers and above,
 * and the person themself — not the supervisor.
 */
public record StaffReach(long userId, boolean everyone, boolean payFigures, Set<Long> teams) {

    public StaffReach {
        teams = Set.copyOf(teams);
    }

    static StaffReach of(SignedInUser user, List<Department> departments) {
        boolean hr = user.roles().contains(Role.HR);
        boolean manager = user.hasAtLeast(Role.DEPT_MANAGER);
        Set<Long> teams = new HashSet<>();
        if (user.hasAtLeast(Role.SUPERVISOR)) {
            departments.stream().filter(d -> d.getSupervisorId() != null && d.getSupervisorId() == user.id())
                    .forEach(d -> teams.add(d.getId()));
            if (user.departmentId() != null) {
                teams.add(user.departmentId());
            }
        }
        return new StaffReach(user.id(), hr || manager, hr || manager, teams);
    }

    /** May keep (enter, approve) the records of a member of this team. */
    public boolean mayKeep(Long departmentId) {
        return everyone || departmentId != null && teams.contains(departmentId);
    }

    /** Sees the records of this person (in this team). */
    public boolean maySee(long personId, Long departmentId) {
        return personId == userId || mayKeep(departmentId);
    }

    /** Sees pay amounts of this person's records. */
    public boolean seesAmounts(long personId) {
        return payFigures || personId == userId;
    }

    /** Keeps anyone's records, or some team's. */
    public boolean keepsAny() {
        return everyone || !teams.isEmpty();
    }
}
