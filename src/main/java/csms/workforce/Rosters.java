package csms.workforce;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.identity.Department;
import csms.identity.Departments;
import csms.identity.SignedInUser;
import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import csms.shared.ConflictException;
import csms.shared.NotFoundException;
import csms.shared.Role;
import csms.shared.RuleViolation;
import csms.system.calendar.BusinessCalendar;
import csms.system.calendar.WorkingSchedule;
import csms.workforce.internal.RosterEntries;
import csms.workforce.internal.RosterRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly roster per team (WFM-5): the supervisor picks a shift per person and day, may start from last month's
 * roster, and saves the whole month against the version seen (stale → 409). Nobody is rostered on a day of approved
 * leave. Agents see their own shifts; the pay run reads a person's month ({@link #month}).
 */
@Service
public class Rosters {

    public static final String SUBJECT = "Roster";

    private final RosterRepository rosters;
    private final RosterEntries entries;
    private final ShiftTypes shiftTypes;
    private final Leaves leaves;
    private final UserAccounts users;
    private final Departments departments;
    private final BusinessCalendar calendar;
    private final AuditTrail audit;
    private final Clock clock;
    private final TeamHistory teams;

    Rosters(RosterRepository rosters, RosterEntries entries, ShiftTypes shiftTypes, Leaves leaves, UserAccounts users,
            Departments departments, BusinessCalendar calendar, AuditTrail audit, Clock clock, TeamHistory teams) {
        this.rosters = rosters;
        this.entries = entries;
        this.shiftTypes = shiftTypes;
        this.leaves = leaves;
        this.users = users;
        this.departments = departments;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
        this.teams = teams;
    }

    /** This month in the organisation's time zone. */
    public YearMonth currentMonth() {
        return YearMonth.from(LocalDate.now(clock.withZone(calendar.zone())));
    }

    /** The grid of a team's month; {@code copyLastMonth} fills it from last month by day of month (not saved). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SUPERVISOR')")
    public RosterGrid grid(long departmentId, YearMonth month, boolean copyLastMonth) {
        Department team = departments.get(departmentId);
        Map<Long, UserAccount> members = users.byIds(users.departmentMemberIds(departmentId));
        List<RosterGrid.Person> people = members.values().stream().filter(UserAccount::isEnabled)
                .sorted(Comparator.comparing(UserAccount::getDisplayName))
                .map(u -> new RosterGrid.Person(u.getId(), u.getDisplayName())).toList();
        Roster roster = rosters.findByDepartmentIdAndRosterMonth(departmentId, month.atDay(1)).orElse(null);
        Map<Long, Map<LocalDate, Long>> cells = new HashMap<>();
        if (copyLastMonth) {
            rosters.findByDepartmentIdAndRosterMonth(departmentId, month.minusMonths(1).atDay(1)).ifPresent(last -> {
                for (RosterEntries.Entry e : entries.of(last.getId())) {
                    if (e.day().getDayOfMonth() <= month.lengthOfMonth()) {
                        cells.computeIfAbsent(e.userId(), k -> new HashMap<>())
                                .put(month.atDay(e.day().getDayOfMonth()), e.shiftTypeId());
                    }
                }
            });
        } else if (roster != null) {
            for (RosterEntries.Entry e : entries.of(roster.getId())) {
                cells.computeIfAbsent(e.userId(), k -> new HashMap<>()).put(e.day(), e.shiftTypeId());
            }
        }
        Map<Long, Set<LocalDate>> leave = new HashMap<>();
        leaves.approvedLeaveDays(members.keySet(), month.atDay(1), month.atEndOfMonth())
                .forEach((user, days) -> leave.put(user, days.keySet()));
        if (copyLastMonth) {
            cells.forEach((user, days) -> days.keySet().removeAll(leave.getOrDefault(user, Set.of())));
        }
        WorkingSchedule schedule = calendar.schedule();
        List<LocalDate> days = days(month);
        Set<LocalDate> off = days.stream().filter(d -> !schedule.isWorkingDay(d)).collect(Collectors.toSet());
        return new RosterGrid(departmentId, team.getName(), month, days, people, cells, leave, off,
                shiftTypes.all(), roster == null ? null : roster.getVersion(), copyLastMonth);
    }

    /**
     * Saves a team's month as a whole: {@code cells} maps person → day → shift type. Refused when someone is on
     * approved leave that day, is not in the team, a day is outside the month or a shift type unknown or retired.
     */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public Roster save(long departmentId, YearMonth month, Map<Long, Map<LocalDate, Long>> cells, Long version) {
        SignedInUser me = SignedInUser.current();
        Department team = departments.get(departmentId);
        if (!Objects.equals(team.getSupervisorId(), me.id()) && !me.hasAtLeast(Role.DEPT_MANAGER)) {
            throw new AccessDeniedException("not the supervisor of department " + departmentId);
        }
        Set<Long> members = users.departmentMemberIds(departmentId);
        Map<Long, ShiftType> types = shiftTypes.all().stream()
                .collect(Collectors.toMap(ShiftType::getId, Function.identity()));
        Map<Long, Map<LocalDate, Integer>> leave = leaves.approvedLeaveDays(members, month.atDay(1),
                month.atEndOfMonth());
        Map<Long, UserAccount> names = users.byIds(cells.keySet());
        List<RosterEntries.Entry> rows = new ArrayList<>();
        for (var person : cells.entrySet()) {
            if (!members.contains(person.getKey())) {
                throw RuleViolation.onField("cells", "roster.not-in-team", name(names, person.getKey()));
            }
            for (var cell : new java.util.TreeMap<>(person.getValue() == null ? Map.<LocalDate, Long>of()
                    : person.getValue()).entrySet()) {
                LocalDate day = cell.getKey();
                if (!YearMonth.from(day).equals(month)) {
                    throw RuleViolation.onField("cells", "roster.outside-month", day);
                }
                ShiftType type = types.get(cell.getValue());
                if (type == null || !type.isActive()) {
                    throw RuleViolation.onField("cells", "roster.unknown-shift", day);
                }
                if (leave.getOrDefault(person.getKey(), Map.of()).containsKey(day)) {
                    throw RuleViolation.onField("cells", "roster.on-leave", name(names, person.getKey()), day);
                }
                rows.add(new RosterEntries.Entry(person.getKey(), day, type.getId(), type.shiftClass()));
            }
        }
        Roster roster = rosters.findByDepartmentIdAndRosterMonth(departmentId, month.atDay(1)).orElse(null);
        int before = 0;
        if (roster == null) {
            if (version != null) {
                throw ConflictException.staleVersion(SUBJECT, departmentId + "/" + month);
            }
            roster = new Roster(departmentId, month);
        } else {
            if (version == null) {
                throw ConflictException.staleVersion(SUBJECT, roster.getId());
            }
            ConflictException.requireVersion(version, roster.getVersion(), SUBJECT, roster.getId());
            before = entries.of(roster.getId()).size();
        }
        roster.touch(me.id(), Instant.now(clock));
        try {
            roster = rosters.saveAndFlush(roster);
        } catch (OptimisticLockingFailureException | org.springframework.dao.DataIntegrityViolationException e) {
            throw ConflictException.staleVersion(SUBJECT, departmentId + "/" + month);
        }
        entries.replace(roster.getId(), rows);
        audit.record("roster.saved", SUBJECT, roster.getId(), team.getName() + " " + month,
                Changes.none().field("cells", before, rows.size()));
        return roster;
    }

    /** The signed-in user's shifts in a month, by day. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<LocalDate, ShiftType> mine(YearMonth month) {
        Map<Long, ShiftType> types = shiftTypes.all().stream()
                .collect(Collectors.toMap(ShiftType::getId, Function.identity()));
        Map<LocalDate, ShiftType> result = new LinkedHashMap<>();
        for (RosterEntries.Entry e : entries.ofUser(SignedInUser.current().id(), month.atDay(1),
                month.atEndOfMonth())) {
            result.put(e.day(), types.get(e.shiftTypeId()));
        }
        return result;
    }

    /**
     * For the pay run (PAY-7, PAY-8): a person's shifts of each class in the month, the days in a team (from the dated
     * team history) and the working days of approved leave. No role check: called by the pay module, which guards its
     * own pages.
     */
    @Transactional(readOnly = true)
    public ShiftMonth month(long userId, YearMonth month) {
        users.get(userId);
        return months(List.of(userId), month).get(userId);
    }

    /** {@link #month} for many people at once, in a fixed number of queries: by person, every one of them present. */
    @Transactional(readOnly = true)
    public Map<Long, ShiftMonth> months(Collection<Long> people, YearMonth month) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        Map<Long, Map<ShiftClass, Integer>> counts = new HashMap<>();
        Map<Long, Set<LocalDate>> seen = new HashMap<>();
        for (RosterEntries.Entry e : entries.ofUsers(people, from, to)) {
            // a person moved between teams is counted once a day
            if (seen.computeIfAbsent(e.userId(), u -> new HashSet<>()).add(e.day())) {
                counts.computeIfAbsent(e.userId(), u -> new HashMap<>()).merge(e.shiftClass(), 1, Integer::sum);
            }
        }
        Map<Long, Map<Long, Integer>> teamDays = teams.daysInTeams(month, people);
        WorkingSchedule schedule = calendar.schedule();
        Map<Long, Map<LocalDate, Integer>> leave = leaves.approvedLeaveDays(people, from, to);
        Map<Long, ShiftMonth> result = new LinkedHashMap<>();
        for (long userId : people) {
            Map<ShiftClass, Integer> c = counts.getOrDefault(userId, Map.of());
            int daysInTeam = teamDays.getOrDefault(userId, Map.of()).values().stream().mapToInt(Integer::intValue)
                    .sum();
            int halves = leave.getOrDefault(userId, Map.of()).entrySet().stream()
                    .filter(d -> schedule.isWorkingDay(d.getKey())).mapToInt(Map.Entry::getValue).sum();
            result.put(userId, new ShiftMonth(userId, month, c.getOrDefault(ShiftClass.DAY, 0),
                    c.getOrDefault(ShiftClass.NIGHT, 0), c.getOrDefault(ShiftClass.LATE_NIGHT, 0), daysInTeam,
                    month.lengthOfMonth(), BigDecimal.valueOf(halves).divide(BigDecimal.valueOf(2)).setScale(1)));
        }
        return result;
    }

    private static List<LocalDate> days(YearMonth month) {
        return Stream.iterate(month.atDay(1), d -> !d.isAfter(month.atEndOfMonth()), d -> d.plusDays(1)).toList();
    }

    private static String name(Map<Long, UserAccount> names, long id) {
        UserAccount u = names.get(id);
        if (u == null) {
            throw new NotFoundException("User", id);
        }
        return u.getDisplayName();
    }
}
