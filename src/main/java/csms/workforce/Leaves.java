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
import csms.shared.PageQuery;
import csms.shared.Role;
import csms.shared.RuleViolation;
import csms.system.RuleSettings;
import csms.system.calendar.BusinessCalendar;
import csms.system.calendar.WorkingSchedule;
import csms.workforce.internal.LeaveRequestRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leave 请假 (WFM-1). An application gives a type, a reason and a period in half days, at least the notice (rule,
 * default one day) ahead; inside the notice it is refused, or, when the organisation allows urgent leave (rule,
 * default on), taken as urgent with a reason. Its length counts working days of the business calendar. Up to the
 * supervisor's limit (rule, default one working day) the applicant's department supervisor decides, above it a
 * general manager; nobody decides their own leave (a supervisor's own leave goes to a general manager). Two deciders
 * at once: one decision, the other gets a conflict (409). The applicant cancels before the start. HR sees every
 * decision. Overlapping applications of one person are refused. Every step is audited.
 */
@Service
public class Leaves {

    public static final String SUBJECT = "LeaveRequest";

    private static final Set<LeaveStatus> ACTIVE = Set.of(LeaveStatus.PENDING, LeaveStatus.APPROVED);
    static final Map<String, String> SORTS = Map.of("start", "startDate", "decided", "decidedAt",
            "created", "createdAt", "days", "workingDays");

    private final LeaveRequestRepository leaves;
    private final UserAccounts users;
    private final Departments departments;
    private final BusinessCalendar calendar;
    private final RuleSettings rules;
    private final AuditTrail audit;
    private final Clock clock;
    private final LeaveNotices notices;

    Leaves(LeaveRequestRepository leaves, UserAccounts users, Departments departments, BusinessCalendar calendar,
            RuleSettings rules, AuditTrail audit, Clock clock, LeaveNotices notices) {
        this.notices = notices;
        this.leaves = leaves;
        this.users = users;
        this.departments = departments;
        this.calendar = calendar;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /** Today in the organisation's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(calendar.zone()));
    }

    /** The first day a leave may start without being urgent. */
    public LocalDate earliestStart() {
        return today().plusDays(rules.value(LeaveRules.NOTICE_DAYS));
    }

    public boolean urgentAllowed() {
        return rules.value(LeaveRules.URGENT_ALLOWED) == 1;
    }

    /** Applies for leave as the signed-in user; returns the pending application, routed to its decider. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public LeaveRequest apply(LeaveApplication application) {
        SignedInUser me = SignedInUser.current();
        validate(application);
        LeavePeriod period = application.period();
        boolean urgent = false;
        if (period.startDate().isBefore(today())) {
            throw RuleViolation.onField("startDate", "leave.start-past");
        }
        if (period.startDate().isBefore(earliestStart())) {
            int notice = rules.value(LeaveRules.NOTICE_DAYS);
            if (!urgentAllowed()) {
                throw RuleViolation.onField("startDate", "leave.notice-too-short", notice);
            }
            if (!application.urgent() || blank(application.urgentReason())) {
                throw RuleViolation.onField("urgentReason", "leave.notice-urgent-needed", notice);
            }
            urgent = true;
        }
        BigDecimal days = period.workingDays(calendar.schedule());
        if (days.signum() == 0) {
            throw RuleViolation.onField("endDate", "leave.no-working-days");
        }
        List<LeaveRequest> mine = leaves.touching(List.of(me.id()), ACTIVE, period.startDate(), period.endDate());
        if (mine.stream().anyMatch(l -> l.period().overlaps(period))) {
            throw RuleViolation.onField("startDate", "leave.overlap");
        }
        Long departmentId = users.get(me.id()).getDepartmentId();
        Long supervisor = departmentId == null ? null : departments.get(departmentId).getSupervisorId();
        boolean small = days.compareTo(BigDecimal.valueOf(rules.value(LeaveRules.SUPERVISOR_MAX_DAYS))) <= 0;
        ApproverLevel level = small && supervisor != null && supervisor != me.id() ? ApproverLevel.SUPERVISOR
                : ApproverLevel.GENERAL_MANAGER;
        LeaveRequest leave = new LeaveRequest(me.id(), departmentId, application, days, urgent, level,
                level == ApproverLevel.SUPERVISOR ? supervisor : null, Instant.now(clock));
        leaves.saveAndFlush(leave);
        audit.record("leave.applied", SUBJECT, leave.getId(), me.displayName() + " " + describe(leave), Changes.none()
                .field("type", null, leave.getType()).field("days", null, days.toPlainString())
                .field("urgent", null, urgent ? Boolean.TRUE : null).field("approver", null, level));
        notices.applied(leave, me.displayName());
        return leave;
    }

    /** The applicant withdraws a pending or approved leave before its first day. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public LeaveRequest cancel(long id, long version) {
        SignedInUser me = SignedInUser.current();
        LeaveRequest leave = get(id);
        if (leave.getApplicantId() != me.id()) {
            throw new AccessDeniedException("not the applicant of leave " + id);
        }
        ConflictException.requireVersion(version, leave.getVersion(), SUBJECT, id);
        if (!ACTIVE.contains(leave.getStatus())) {
            throw new ConflictException("leave.not-cancellable");
        }
        if (!today().isBefore(leave.getStartDate())) {
            throw new RuleViolation("leave.started");
        }
        LeaveStatus before = leave.getStatus();
        leave.cancel();
        leaves.saveAndFlush(leave);
        audit.record("leave.cancelled", SUBJECT, id, me.displayName() + " " + describe(leave),
                Changes.none().field("status", before, leave.getStatus()));
        return leave;
    }

    /** An application, for its applicant, its decider, HR and the general managers. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public LeaveRow view(long id) {
        SignedInUser me = SignedInUser.current();
        LeaveRequest leave = get(id);
        boolean allowed = leave.getApplicantId() == me.id() || LeaveDecisions.mayDecide(me, leave)
                || me.hasAtLeast(Role.GENERAL_MANAGER) || me.roles().contains(Role.HR)
                || Objects.equals(leave.getDecidedBy(), me.id());
        if (!allowed) {
            throw new NotFoundException(SUBJECT, id);
        }
        return rows(List.of(leave)).getFirst();
    }

    /** The signed-in user's own applications, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Page<LeaveRow> mine(PageQuery page) {
        Page<LeaveRequest> found = leaves.findByApplicantId(SignedInUser.current().id(),
                page.toPageable(SORTS, Sort.by(Sort.Direction.DESC, "startDate").and(Sort.by("id"))));
        return new org.springframework.data.domain.PageImpl<>(rows(found.getContent()), found.getPageable(),
                found.getTotalElements());
    }

    /** Who of a team is away in a month (approved leave), for everyone; by default the viewer's own team. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public TeamCalendar teamCalendar(long departmentId, YearMonth month) {
        Department department = departments.get(departmentId);
        Set<Long> members = users.departmentMemberIds(departmentId);
        Map<Long, UserAccount> people = users.byIds(members);
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        Map<Long, Map<LocalDate, Integer>> away = new HashMap<>();
        for (LeaveRequest l : members.isEmpty() ? List.<LeaveRequest>of()
                : leaves.touching(members, Set.of(LeaveStatus.APPROVED), from, to)) {
            Map<LocalDate, Integer> days = away.computeIfAbsent(l.getApplicantId(), k -> new HashMap<>());
            for (LocalDate d = max(from, l.getStartDate()); !d.isAfter(min(to, l.getEndDate())); d = d.plusDays(1)) {
                days.merge(d, l.period().halvesOn(d), (a, b) -> Math.min(2, a + b));
            }
        }
        WorkingSchedule schedule = calendar.schedule();
        List<LocalDate> days = Stream.iterate(from, d -> !d.isAfter(to), d -> d.plusDays(1)).toList();
        Set<LocalDate> off = new HashSet<>();
        days.stream().filter(d -> !schedule.isWorkingDay(d)).forEach(off::add);
        List<TeamCalendar.Line> lines = people.values().stream().filter(UserAccount::isEnabled)
                .sorted(java.util.Comparator.comparing(UserAccount::getDisplayName))
                .map(u -> new TeamCalendar.Line(u.getId(), u.getDisplayName(), away.getOrDefault(u.getId(), Map.of())))
                .toList();
        return new TeamCalendar(departmentId, department.getName(), month, days, lines, off);
    }

    /**
     * For the roster and the pay run: per person, the days of {@code from..to} with approved leave and the halves
     * away on each.
     */
    @Transactional(readOnly = true)
    public Map<Long, Map<LocalDate, Integer>> approvedLeaveDays(Collection<Long> people, LocalDate from, LocalDate to) {
        Map<Long, Map<LocalDate, Integer>> result = new LinkedHashMap<>();
        if (people.isEmpty()) {
            return result;
        }
        for (LeaveRequest l : leaves.touching(people, Set.of(LeaveStatus.APPROVED), from, to)) {
            for (LocalDate d = max(from, l.getStartDate()); !d.isAfter(min(to, l.getEndDate())); d = d.plusDays(1)) {
                int halves = l.period().halvesOn(d);
                if (halves > 0) {
                    result.computeIfAbsent(l.getApplicantId(), k -> new HashMap<>()).merge(d, halves,
                            (a, b) -> Math.min(2, a + b));
                }
            }
        }
        return result;
    }

    LeaveRequest get(long id) {
        return leaves.findById(id).orElseThrow(() -> new NotFoundException(SUBJECT, id));
    }

    /** Rows with the names of applicants, deciders and departments, each loaded once for the whole list. */
    List<LeaveRow> rows(List<LeaveRequest> found) {
        Set<Long> ids = new HashSet<>();
        for (LeaveRequest l : found) {
            ids.add(l.getApplicantId());
            if (l.getDecidedBy() != null) {
                ids.add(l.getDecidedBy());
            }
        }
        Map<Long, UserAccount> people = users.byIds(ids);
        Map<Long, String> groups = new HashMap<>();
        if (found.stream().anyMatch(l -> l.getDepartmentId() != null)) {
            departments.all().forEach(d -> groups.put(d.getId(), d.getName()));
        }
        List<LeaveRow> rows = new ArrayList<>();
        for (LeaveRequest l : found) {
            rows.add(new LeaveRow(l, name(people.get(l.getApplicantId())),
                    l.getDepartmentId() == null ? null : groups.get(l.getDepartmentId()),
                    l.getDecidedBy() == null ? null : name(people.get(l.getDecidedBy()))));
        }
        return rows;
    }

    private static String name(UserAccount u) {
        return u == null ? null : u.getDisplayName();
    }

    private static void validate(LeaveApplication a) {
        if (a.type() == null) {
            throw RuleViolation.onField("type", "validation.required");
        }
        if (blank(a.reason())) {
            throw RuleViolation.onField("reason", "validation.required");
        }
        if (a.reason().strip().length() > 1000) {
            throw RuleViolation.onField("reason", "leave.text-too-long", 1000);
        }
        LeavePeriod p = a.period();
        if (p == null || p.startDate() == null || p.startHalf() == null) {
            throw RuleViolation.onField("startDate", "validation.required");
        }
        if (p.endDate() == null || p.endHalf() == null) {
            throw RuleViolation.onField("endDate", "validation.required");
        }
        if (!p.isOrdered()) {
            throw RuleViolation.onField("endDate", "leave.end-before-start");
        }
        if (p.endDate().isAfter(p.startDate().plusDays(366))) {
            throw RuleViolation.onField("endDate", "leave.too-long");
        }
        if (a.urgentReason() != null && a.urgentReason().strip().length() > 500) {
            throw RuleViolation.onField("urgentReason", "leave.text-too-long", 500);
        }
    }

    static String describe(LeaveRequest l) {
        return l.getStartDate() + " " + l.getStartHalf() + " – " + l.getEndDate() + " " + l.getEndHalf();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
