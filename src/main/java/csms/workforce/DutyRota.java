package csms.workforce;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.identity.Department;
import csms.identity.Departments;
import csms.identity.SignedInUser;
import csms.identity.UserAccount;
import csms.shared.Role;
import csms.shared.RuleViolation;
import csms.system.calendar.BusinessCalendar;
import csms.system.calendar.WorkingSchedule;
import csms.workforce.internal.DutyRotaDayRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The duty rota 值日表 (WFM-3): public-area cleaning rotates daily among a team's agents. A month is generated for a
 * team over its working days (business calendar: weekends and holidays off, make-up days 调休 worked), one agent a
 * day in a fixed order (by agent id), continuing after whoever was on duty last before the month. Generating again
 * replaces the month. Whoever is on approved leave (WFM-1, even half a day) that day is skipped: the turn passes to
 * the next in order, and the rotation continues from whoever was on duty; a day when all are away has nobody.
 */
@Service
public class DutyRota {

    public static final String SUBJECT = "DutyRota";

    private final DutyRotaDayRepository days;
    private final StaffDirectory staff;
    private final Departments departments;
    private final csms.identity.UserAccounts users;
    private final BusinessCalendar calendar;
    private final AuditTrail audit;
    private final Clock clock;
    private final Leaves leaves;

    DutyRota(DutyRotaDayRepository days, StaffDirectory staff, Departments departments,
            csms.identity.UserAccounts users, BusinessCalendar calendar, AuditTrail audit, Clock clock, Leaves leaves) {
        this.days = days;
        this.staff = staff;
        this.departments = departments;
        this.users = users;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
        this.leaves = leaves;
    }

    /** Generates (or regenerates) a team's rota for a month; returns the days. */
    @Transactional
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR')")
    public List<DutyDay> generate(long departmentId, YearMonth month) {
        Department team = departments.get(departmentId);
        if (!staff.reach().mayKeep(departmentId)) {
            throw new AccessDeniedException("duty.generate");
        }
        List<UserAccount> agents = users.byIds(users.departmentMemberIds(departmentId)).values().stream()
                .filter(UserAccount::isEnabled).filter(u -> u.getRoles().contains(Role.AGENT))
                .sorted(Comparator.comparing(UserAccount::getId)).toList();
        if (agents.isEmpty()) {
            throw RuleViolation.onField("departmentId", "duty.no-agents", team.getName());
        }
        int next = days.findFirstByDepartmentIdAndDutyDateBeforeOrderByDutyDateDesc(departmentId, month.atDay(1))
                .map(last -> indexOf(agents, last.getUserId()) + 1).orElse(0);
        days.deleteMonth(departmentId, month.atDay(1), month.atEndOfMonth());
        days.flush();
        WorkingSchedule schedule = calendar.schedule();
        long me = SignedInUser.current().id();
        Instant now = Instant.now(clock);
        Map<Long, Map<LocalDate, Integer>> away = leaves.approvedLeaveDays(
                agents.stream().map(UserAccount::getId).toList(), month.atDay(1), month.atEndOfMonth());
        List<DutyRotaDay> created = new ArrayList<>();
        for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
            if (!schedule.isWorkingDay(d)) {
                continue;
            }
            for (int tried = 0; tried < agents.size(); tried++) {
                UserAccount agent = agents.get((next + tried) % agents.size());
                if (!away.getOrDefault(agent.getId(), Map.of()).containsKey(d)) {
                    created.add(new DutyRotaDay(departmentId, d, agent.getId(), me, now));
                    next += tried + 1;
                    break;
                }
            }
        }
        days.saveAll(created);
        audit.record("duty.generated", SUBJECT, departmentId + "-" + month, team.getName() + " " + month,
                Changes.none().field("days", null, created.size()).field("agents", null, agents.size()));
        return month(departmentId, month);
    }

    /** A team's rota for a month; the team's members, its supervisor, HR and managers see it. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<DutyDay> month(long departmentId, YearMonth month) {
        StaffReach reach = staff.reach();
        SignedInUser me = SignedInUser.current();
        if (!reach.mayKeep(departmentId) && !Long.valueOf(departmentId).equals(me.departmentId())) {
            throw new AccessDeniedException("duty.month");
        }
        return lines(days.findByDepartmentIdAndDutyDateBetweenOrderByDutyDate(departmentId, month.atDay(1),
                month.atEndOfMonth()));
    }

    /** Who is on duty today in the signed-in user's own team and the teams they lead (for the home page). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<DutyDay> today() {
        SignedInUser me = SignedInUser.current();
        Set<Long> teams = new HashSet<>(staff.reach().teams());
        if (me.departmentId() != null) {
            teams.add(me.departmentId());
        }
        if (teams.isEmpty()) {
            return List.of();
        }
        return lines(days.findByDutyDateAndDepartmentIdIn(LocalDate.now(clock.withZone(calendar.zone())), teams));
    }

    private List<DutyDay> lines(List<DutyRotaDay> found) {
        Map<Long, UserAccount> people = staff.byIds(found.stream().map(DutyRotaDay::getUserId).toList());
        Map<Long, String> teams = departments.all().stream()
                .collect(Collectors.toMap(Department::getId, Department::getName));
        return found.stream().map(d -> new DutyDay(d.getDutyDate(), d.getDepartmentId(),
                teams.getOrDefault(d.getDepartmentId(), ""), d.getUserId(), Attendance.name(people.get(d.getUserId()))))
                .sorted(Comparator.comparing(DutyDay::day).thenComparing(DutyDay::team)).toList();
    }

    private static int indexOf(List<UserAccount> agents, long userId) {
        for (int i = 0; i < agents.size(); i++) {
            if (agents.get(i).getId() == userId) {
                return i;
            }
        }
        return -1;
    }
}
