package csms.workforce;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.identity.SignedInUser;
import csms.identity.UserAccount;
import csms.shared.ConflictException;
import csms.shared.NotFoundException;
import csms.shared.PageQuery;
import csms.shared.Role;
import csms.shared.RuleViolation;
import csms.system.RuleSettings;
import csms.system.calendar.BusinessCalendar;
import csms.workforce.internal.WorkLogRepository;
import csms.workforce.internal.WorkPlanRepository;
import csms.workforce.internal.WorkPlanStatuses;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Weekly and monthly plans and reports, and the monthly work summary (WFM-8): everyone writes their own, one of each
 * kind per period; the person's team supervisor (or a department manager and above) accepts it or returns it for
 * rework with a reason; nobody reviews their own. A returned one is changed and submitted again, an accepted one no
 * longer changes. Deadlines are rules ({@link WorkPlanRules}); the supervisor's list shows who is late or missing.
 */
@Service
public class WorkPlans {

    public static final String SUBJECT = "WorkPlan";

    private final WorkPlanRepository plans;
    private final WorkPlanStatuses statuses;
    private final WorkLogRepository logs;
    private final StaffDirectory staff;
    private final BusinessCalendar calendar;
    private final RuleSettings rules;
    private final AuditTrail audit;
    private final Clock clock;

    WorkPlans(WorkPlanRepository plans, WorkPlanStatuses statuses, WorkLogRepository logs, StaffDirectory staff,
            BusinessCalendar calendar, RuleSettings rules, AuditTrail audit, Clock clock) {
        this.plans = plans;
        this.statuses = statuses;
        this.logs = logs;
        this.staff = staff;
        this.calendar = calendar;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Submits the signed-in user's plan or report of the period containing {@code day}, or changes it against the
     * version seen (none → 422, stale → 409); an accepted one is refused (409). A report needs its period begun, a
     * plan may be written up to one period ahead.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public WorkPlan write(PlanKind kind, LocalDate day, String content, Long version) {
        long me = staff.reach().userId();
        UserAccount person = staff.person(me, "userId");
        if (kind == null) {
            throw RuleViolation.onField("kind", "validation.required");
        }
        if (day == null) {
            throw RuleViolation.onField("day", "validation.required");
        }
        LocalDate start = kind.periodStart(day);
        if (!mayWrite(kind, start)) {
            throw RuleViolation.onField("day", kind.report() ? "plan.report.too-early" : "plan.plan.too-early");
        }
        String text = StaffTexts.optional(content, "content", 4000);
        if (text == null) {
            throw RuleViolation.onField("content", "validation.required");
        }
        WorkPlan plan = plans.findByUserIdAndKindAndPeriodStart(me, kind, start).orElse(null);
        String action = "workplan.submitted";
        if (plan == null) {
            plan = new WorkPlan(me, person.getDepartmentId(), kind, start);
        } else {
            if (version == null) {
                throw RuleViolation.onField("version", "validation.version");
            }
            ConflictException.requireVersion(version, plan.getVersion(), SUBJECT, plan.getId());
            if (plan.getState() == PlanState.ACCEPTED) {
                throw new ConflictException("plan.already-reviewed");
            }
            action = plan.getState() == PlanState.RETURNED ? "workplan.resubmitted" : "workplan.changed";
        }
        PlanState before = plan.getState();
        plan.submit(text, Instant.now(clock));
        save(plan, kind + "/" + start);
        audit.record(action, SUBJECT, plan.getId(), label(person, plan),
                Changes.none().field("state", before, plan.getState()));
        return plan;
    }

    /**
     * The person's team supervisor, or a department manager and above, accepts a submitted plan or report or returns
     * it for rework (a reason is required), against the version seen; nobody reviews their own (403).
     */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public WorkPlan review(long id, boolean accept, String comment, String reason, long version) {
        WorkPlan plan = plans.findById(id).orElseThrow(() -> new NotFoundException(SUBJECT, id));
        SignedInUser user = SignedInUser.current();
        if (!mayReview(user, plan)) {
            throw new AccessDeniedException("plan.review");
        }
        ConflictException.requireVersion(version, plan.getVersion(), SUBJECT, id);
        if (plan.getState() != PlanState.SUBMITTED) {
            throw new ConflictException("plan.already-reviewed");
        }
        String note = StaffTexts.optional(comment, "comment", 1000);
        String why = StaffTexts.optional(reason, "reason", 1000);
        if (!accept && why == null) {
            throw RuleViolation.onField("reason", "plan.reason.required");
        }
        plan.review(accept, note, why, user.id(), Instant.now(clock));
        save(plan, id);
        audit.record(accept ? "workplan.accepted" : "workplan.returned", SUBJECT, id,
                label(staff.person(plan.getUserId(), "userId"), plan),
                Changes.none().field("state", PlanState.SUBMITTED, plan.getState()));
        return plan;
    }

    /** The signed-in user's week or month containing {@code day}: plan and report with their deadlines, and the logs. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public PlanPeriod mine(boolean weekly, LocalDate day) {
        SignedInUser user = SignedInUser.current();
        List<PlanKind> kinds = PlanKind.of(weekly);
        LocalDate start = kinds.getFirst().periodStart(day);
        Map<PlanKind, WorkPlan> found = new java.util.EnumMap<>(PlanKind.class);
        plans.findByUserIdAndKindInAndPeriodStart(user.id(), kinds, start).forEach(p -> found.put(p.getKind(), p));
        Map<Long, UserAccount> names = names(found.values());
        List<PlanSlot> slots = new ArrayList<>();
        for (PlanKind kind : kinds) {
            WorkPlan plan = found.get(kind);
            LocalDate due = due(kind, start);
            slots.add(new PlanSlot(kind, due, overdue(due), plan == null ? null : view(plan, names, user),
                    mayWrite(kind, start) && (plan == null || plan.getState() != PlanState.ACCEPTED)));
        }
        return period(weekly, start, slots, user.id(), user.displayName());
    }

    /**
     * One plan or report with its author's daily logs of the period, for the author, the team's supervisor, HR and
     * managers (403 for anyone else).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public PlanPeriod get(long id) {
        WorkPlan plan = plans.findById(id).orElseThrow(() -> new NotFoundException(SUBJECT, id));
        SignedInUser user = SignedInUser.current();
        if (!staff.reach().maySee(plan.getUserId(), currentTeam(plan))) {
            throw new AccessDeniedException("plan.read");
        }
        Map<Long, UserAccount> names = names(List.of(plan));
        LocalDate due = due(plan.getKind(), plan.getPeriodStart());
        PlanSlot slot = new PlanSlot(plan.getKind(), due, overdue(due), view(plan, names, user),
                plan.getUserId() == user.id() && plan.getState() != PlanState.ACCEPTED);
        return period(plan.getKind().weekly(), plan.getPeriodStart(), List.of(slot), plan.getUserId(),
                Attendance.name(names.get(plan.getUserId())));
    }

    /**
     * The members of the teams within the user's reach (everyone for HR and managers) with their plan or report of the
     * kind for the period containing {@code day}, written or not, filtered by team and how it stands, paged.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR')")
    public Page<PlanStatusLine> statuses(PlanKind kind, LocalDate day, Long departmentId, PlanStatusFilter filter,
            PageQuery page) {
        StaffReach reach = staff.reach();
        LocalDate start = kind.periodStart(day);
        LocalDate due = due(kind, start);
        var scope = new WorkPlanStatuses.Scope(reach.userId(), reach.everyone() ? null : reach.teams(), departmentId);
        var deadline = new WorkPlanStatuses.Deadline(dueEnd(due), overdue(due));
        long total = statuses.count(scope, kind, start, deadline, filter);
        List<PlanStatusLine> found = total == 0 ? List.of()
                : statuses.read(scope, kind, start, deadline, filter, page.size(), (long) page.page() * page.size());
        Map<Long, UserAccount> people = staff.byIds(found.stream().map(PlanStatusLine::userId).toList());
        List<PlanStatusLine> lines = found.stream().map(l -> new PlanStatusLine(l.userId(),
                Attendance.name(people.get(l.userId())), l.departmentId(), l.planId(), l.state(), l.firstSubmittedAt(),
                l.late())).toList();
        return new PageImpl<>(lines, page.toPageable(Set.of(), org.springframework.data.domain.Sort.unsorted()), total);
    }

    /**
     * The deadline of a period's plan or report: a weekly plan by the Nth working day of its week, the weekly report by
     * the Nth working day of the next week; a monthly plan by the Nth day of its month, the summary by the Nth day of
     * the next month.
     */
    public LocalDate due(PlanKind kind, LocalDate start) {
        if (kind.weekly()) {
            LocalDate day = kind.report() ? start.plusWeeks(1) : start;
            int left = rules.value(WorkPlanRules.WEEK_DUE_WORKDAY);
            for (int i = 0; i < 366; i++, day = day.plusDays(1)) {
                if (calendar.isWorkingDay(day) && --left == 0) {
                    return day;
                }
            }
            return day;
        }
        LocalDate month = kind.report() ? start.plusMonths(1) : start;
        return month.withDayOfMonth(rules.value(WorkPlanRules.MONTH_DUE_DAY));
    }

    /** Saves, a concurrent change or a second first submission of the same period coming as a stale version (409). */
    private void save(WorkPlan plan, Object id) {
        try {
            plans.saveAndFlush(plan);
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            throw ConflictException.staleVersion(SUBJECT, id);
        }
    }

    private boolean mayWrite(PlanKind kind, LocalDate start) {
        LocalDate current = kind.periodStart(today());
        return kind.report() ? !start.isAfter(current) : !start.isAfter(kind.periodEnd(current));
    }

    /**
     * Someone else's submitted plan, and the user is a department manager or above, or a supervisor keeping the
     * author's current team (the team the review list shows them in, even after a move).
     */
    private boolean mayReview(SignedInUser user, WorkPlan plan) {
        return plan.getUserId() != user.id() && plan.getState() == PlanState.SUBMITTED
                && (user.hasAtLeast(Role.DEPT_MANAGER)
                        || user.hasAtLeast(Role.SUPERVISOR) && currentTeam(plan) != null
                                && staff.reach().teams().contains(currentTeam(plan)));
    }

    /** The author's team now: who reads and reviews a plan follows the person, as the review list does. */
    private Long currentTeam(WorkPlan plan) {
        return staff.person(plan.getUserId(), "userId").getDepartmentId();
    }

    private WorkPlanView view(WorkPlan p, Map<Long, UserAccount> names, SignedInUser user) {
        LocalDate due = due(p.getKind(), p.getPeriodStart());
        return new WorkPlanView(p.getId(), p.getUserId(), Attendance.name(names.get(p.getUserId())), p.getKind(),
                p.getPeriodStart(), p.getKind().periodEnd(p.getPeriodStart()), p.getKind().periodLabel(p.getPeriodStart()),
                due, p.getContent(), p.getState(), p.getFirstSubmittedAt(), !p.getFirstSubmittedAt().isBefore(dueEnd(due)),
                p.getReviewedBy() == null ? null : Attendance.name(names.get(p.getReviewedBy())), p.getReviewComment(),
                p.getReturnReason(), p.getVersion(), p.getUserId() == user.id() && p.getState() != PlanState.ACCEPTED,
                mayReview(user, p));
    }

    private PlanPeriod period(boolean weekly, LocalDate start, List<PlanSlot> slots, long userId, String person) {
        PlanKind kind = PlanKind.of(weekly).getFirst();
        LocalDate end = kind.periodEnd(start);
        List<WorkLogLine> days = logs.findByUserIdAndLogDateGreaterThanEqualAndLogDateLessThanOrderByLogDate(userId,
                start, end).stream().map(w -> new WorkLogLine(w.getId(), w.getUserId(), person, w.getLogDate(),
                        w.getContent(), w.getSpecialSituation(), w.isReviewed(), null, w.getReviewComment(),
                        w.getVersion(), false)).toList();
        return new PlanPeriod(weekly, start, end, kind.periodLabel(start), slots, days);
    }

    private Map<Long, UserAccount> names(java.util.Collection<WorkPlan> found) {
        Set<Long> people = new HashSet<>();
        found.forEach(p -> {
            people.add(p.getUserId());
            if (p.getReviewedBy() != null) {
                people.add(p.getReviewedBy());
            }
        });
        return people.isEmpty() ? Map.of() : staff.byIds(people);
    }

    private static String label(UserAccount person, WorkPlan plan) {
        return person.getDisplayName() + " " + plan.getKind() + " " + plan.getKind().periodLabel(plan.getPeriodStart());
    }

    private Instant dueEnd(LocalDate due) {
        return due.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
    }

    private boolean overdue(LocalDate due) {
        return !Instant.now(clock).isBefore(dueEnd(due));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(calendar.zone()));
    }
}
