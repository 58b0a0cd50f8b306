package csms.workforce;

import csms.identity.Departments;
import csms.identity.SignedInUser;
import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import csms.shared.NotFoundException;
import csms.shared.RuleViolation;
import java.util.Collection;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** People and teams for the staff records: the signed-in user's reach, a person by id or by name/agent number. */
@Component
class StaffDirectory {

    private final UserAccounts users;
    private final Departments departments;

    StaffDirectory(UserAccounts users, Departments departments) {
        this.users = users;
        this.departments = departments;
    }

    StaffReach reach() {
        return StaffReach.of(SignedInUser.current(), departments.all());
    }

    /** The person, who must exist; a missing one is refused on {@code field}. */
    UserAccount person(Long userId, String field) {
        if (userId == null) {
            throw RuleViolation.onField(field, "validation.required");
        }
        try {
            return users.get(userId);
        } catch (NotFoundException e) {
            throw RuleViolation.onField(field, "workforce.person.unknown", userId);
        }
    }

    /** The person, whose records the signed-in user must keep. */
    UserAccount keptPerson(StaffReach reach, Long userId, String field) {
        UserAccount person = person(userId, field);
        if (!reach.mayKeep(person.getDepartmentId())) {
            throw new AccessDeniedException("workforce.records");
        }
        return person;
    }

    /**
     * For the month facades: a signed-in reader must see the person's records ({@code amounts}: their pay figures);
     * the pay run, without a signed-in user, reads everyone's.
     */
    void requireMonthReader(long userId, boolean amounts) {
        if (!SecurityContextAccess.signedIn()) {
            return;
        }
        StaffReach reach = reach();
        if (reach.userId() == userId) {
            return;
        }
        if (!reach.maySee(userId, person(userId, "userId").getDepartmentId())
                || amounts && !reach.seesAmounts(userId)) {
            throw new AccessDeniedException("workforce.month");
        }
    }

    /**
     * Reading everyone's month at once (the pay run) needs the reach of HR or a manager; a signed-out caller is the
     * system (a scheduled run).
     */
    void requireEveryonesMonths(boolean amounts) {
        if (!SecurityContextAccess.signedIn()) {
            return;
        }
        StaffReach reach = reach();
        if (!reach.everyone() || amounts && !reach.payFigures()) {
            throw new AccessDeniedException("workforce.month");
        }
    }

    /** The people whose records the user keeps, by name: everyone for HR and managers, else the user's teams. */
    java.util.List<StaffMember> keptPeople(StaffReach reach) {
        java.util.Collection<UserAccount> people;
        if (reach.everyone()) {
            people = users.activeWithAnyRole(java.util.EnumSet.allOf(csms.shared.Role.class));
        } else {
            java.util.Set<Long> ids = new java.util.HashSet<>();
            reach.teams().forEach(t -> ids.addAll(users.departmentMemberIds(t)));
            people = users.byIds(ids).values().stream().filter(UserAccount::isEnabled).toList();
        }
        return people.stream().map(u -> new StaffMember(u.getId(), u.getDisplayName(), u.getDepartmentId()))
                .sorted(java.util.Comparator.comparing(StaffMember::name)).toList();
    }

    /** The teams the user may filter by: every department for HR and managers, else the user's teams. */
    java.util.List<csms.identity.Department> teams(StaffReach reach) {
        return departments.all().stream().filter(d -> reach.everyone() || reach.teams().contains(d.getId())).toList();
    }

    /** The supervisor of the department, if it has one. */
    Long supervisorOf(Long departmentId) {
        return departmentId == null ? null : departments.all().stream().filter(d -> d.getId().equals(departmentId))
                .map(csms.identity.Department::getSupervisorId).filter(java.util.Objects::nonNull).findFirst()
                .orElse(null);
    }

    Map<Long, UserAccount> byIds(Collection<Long> ids) {
        return users.byIds(ids);
    }

    /** A person by user name or agent number (ignoring case), for imports. */
    java.util.Optional<UserAccount> byNameOrNumber(Map<String, UserAccount> cache, String text) {
        if (cache.isEmpty()) {
            for (UserAccount u : users.activeWithAnyRole(java.util.EnumSet.allOf(csms.shared.Role.class))) {
                cache.put(key(u.getUsername()), u);
                if (u.getAgentNumber() != null) {
                    cache.putIfAbsent(key(u.getAgentNumber()), u);
                }
            }
        }
        return java.util.Optional.ofNullable(cache.get(key(text)));
    }

    private static String key(String text) {
        return text.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
