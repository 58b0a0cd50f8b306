package csms.workforce;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.identity.SignedInUser;
import csms.identity.UserAccount;
import csms.service.PenaltyRecorded;
import csms.shared.Money;
import csms.shared.PageQuery;
import csms.shared.RuleViolation;
import csms.system.RuleSettings;
import csms.system.calendar.BusinessCalendar;
import csms.workforce.internal.DisciplineBreachRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Discipline (WFM-7): breaches with evidence, severity and measure — criticism, a fine, a deduction of the month's
 * bonus, a dismissal proposal — recorded by the person's supervisor, HR or a manager, and the penalties of resolved
 * complaints (CMP-5) as breaches linked to the request, once per penalty. A person's breaches in the last months
 * (rule, default 12) are counted; at the rule's count (default 3) the page proposes dismissal. Fines and bonus
 * deductions of a month go to pay with the breaches behind them. Amounts are shown only to HR, managers and the
 * person.
 */
@Service
public class Discipline {

    public static final String SUBJECT = "DisciplineBreach";
    static final Map<String, String> SORTS = Map.of("day", "breachDate", "person", "userId", "severity", "severity");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("100000");

    private final DisciplineBreachRepository breaches;
    private final StaffDirectory staff;
    private final RuleSettings rules;
    private final BusinessCalendar calendar;
    private final AuditTrail audit;
    private final Clock clock;

    Discipline(DisciplineBreachRepository breaches, StaffDirectory staff, RuleSettings rules,
            BusinessCalendar calendar, AuditTrail audit, Clock clock) {
        this.breaches = breaches;
        this.staff = staff;
        this.rules = rules;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records a breach of a team member with its measure. */
    @Transactional
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR')")
    public DisciplineBreach record(NewBreach breach) {
        UserAccount person = staff.keptPerson(staff.reach(), breach.userId(), "userId");
        if (breach.day() == null) {
            throw RuleViolation.onField("day", "validation.required");
        }
        if (breach.day().isAfter(today())) {
            throw RuleViolation.onField("day", "workforce.day.future");
        }
        String description = StaffTexts.optional(breach.description(), "description", 1000);
        if (description == null) {
            throw RuleViolation.onField("description", "validation.required");
        }
        String evidence = StaffTexts.optional(breach.evidence(), "evidence", 1000);
        if (breach.severity() == null) {
            throw RuleViolation.onField("severity", "validation.required");
        }
        if (breach.measure() == null) {
            throw RuleViolation.onField("measure", "validation.required");
        }
        BigDecimal amount = amount(breach.measure(), breach.amount());
        DisciplineBreach b = breaches.saveAndFlush(new DisciplineBreach(person.getId(), person.getDepartmentId(),
                breach.day(), description, evidence, breach.severity(), breach.measure(), amount,
                SignedInUser.current().id(), Instant.now(clock)));
        audit.record("discipline.recorded", SUBJECT, b.getId(), person.getDisplayName() + " " + b.getBreachDate(),
                Changes.none().field("severity", null, b.getSeverity()).field("measure", null, b.getMeasure())
                        .field("amount", null, amount));
        return b;
    }

    /**
     * A complaint's penalty (CMP-5) becomes a breach linked to the request, dated the day it was recorded; a penalty
     * already recorded (delivered again) is ignored.
     */
    @EventListener
    @Transactional
    public void on(PenaltyRecorded penalty) {
        if (breaches.existsByPenaltyId(penalty.penaltyId())) {
            return;
        }
        UserAccount person = staff.person(penalty.userId(), "userId");
        DisciplineMeasure measure = DisciplineMeasure.of(penalty.measure());
        String reason = penalty.reason() == null || penalty.reason().isBlank() ? "#" + penalty.requestId()
                : penalty.reason().strip();
        DisciplineBreach b = new DisciplineBreach(person.getId(), person.getDepartmentId(),
                penalty.recordedAt().atZone(calendar.zone()).toLocalDate(),
                reason.length() > 1000 ? reason.substring(0, 1000) : reason, null,
                BreachSeverity.of(penalty.measure()), measure,
                measure.hasAmount() && penalty.amount() != null ? penalty.amount().setScale(2) : null,
                SecurityContextAccess.signedIn() ? SignedInUser.current().id() : 0L, Instant.now(clock));
        b.fromComplaint(penalty.requestId(), penalty.penaltyId());
        breaches.saveAndFlush(b);
        audit.record("discipline.from-complaint", SUBJECT, b.getId(), person.getDisplayName() + " " + b.getBreachDate(),
                Changes.none().field("request", null, penalty.requestId()).field("measure", null, measure)
                        .field("amount", null, b.getAmount()));
    }

    /** A page of the month's breaches within the user's reach (a person sees their own), with repeat counts. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Page<BreachLine> list(StaffFilter filter, PageQuery page) {
        StaffReach reach = staff.reach();
        Page<DisciplineBreach> found = breaches.search(filter.from(), filter.to(), filter.departmentId(),
                filter.userId(), reach.everyone(), reach.userId(), StaffFilter.teams(reach),
                page.toPageable(SORTS, Sort.by(Sort.Direction.DESC, "breachDate").and(Sort.by("id"))));
        List<BreachLine> lines = lines(found.getContent(), reach);
        return new PageImpl<>(lines, found.getPageable(), found.getTotalElements());
    }

    /** A person's breaches in the rule's window up to today, and whether that many propose dismissal. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public RepeatedBreaches repeats(long userId) {
        staff.requireMonthReader(userId, false);
        int window = rules.value(DisciplineRules.WINDOW_MONTHS);
        return new RepeatedBreaches(userId, breaches.countByUserIdAndBreachDateAfter(userId, windowStart(window)),
                window, rules.value(DisciplineRules.DISMISSAL_COUNT));
    }

    /** Over how many months breaches are counted (rule). */
    public int windowMonths() {
        return rules.value(DisciplineRules.WINDOW_MONTHS);
    }

    /** At how many breaches in the window dismissal is proposed (rule). */
    public int dismissalCount() {
        return rules.value(DisciplineRules.DISMISSAL_COUNT);
    }

    /**
     * A person's deductions of a month, for pay: fines and bonus deductions with the breaches behind them. Only the
     * person, HR and managers may read it (and the pay run).
     */
    @Transactional(readOnly = true)
    public MonthDeductions deductions(long userId, YearMonth month) {
        staff.requireMonthReader(userId, true);
        return gather(List.of(userId), month).get(userId);
    }

    /** {@link #deductions} for many people at once (the pay run): by person, every one present. HR and managers. */
    @Transactional(readOnly = true)
    public Map<Long, MonthDeductions> deductions(Collection<Long> people, YearMonth month) {
        staff.requireEveryonesMonths(true);
        return gather(people, month);
    }

    private Map<Long, MonthDeductions> gather(Collection<Long> people, YearMonth month) {
        List<DisciplineBreach> found = people.isEmpty() ? List.of()
                : breaches.findByUserIdInAndBreachDateBetweenOrderByBreachDateAscIdAsc(people, month.atDay(1),
                        month.atEndOfMonth()).stream().filter(b -> b.getMeasure().hasAmount()).toList();
        Map<Long, List<DisciplineBreach>> byPerson = found.stream()
                .collect(java.util.stream.Collectors.groupingBy(DisciplineBreach::getUserId));
        Map<Long, List<BreachLine>> lines = lines(found, null).stream()
                .collect(java.util.stream.Collectors.groupingBy(BreachLine::userId));
        Map<Long, MonthDeductions> result = new java.util.LinkedHashMap<>();
        for (long userId : people) {
            List<DisciplineBreach> own = byPerson.getOrDefault(userId, List.of());
            result.put(userId, new MonthDeductions(userId, month, sum(own, DisciplineMeasure.FINE),
                    sum(own, DisciplineMeasure.BONUS_DEDUCTION), lines.getOrDefault(userId, List.of())));
        }
        return result;
    }

    private List<BreachLine> lines(List<DisciplineBreach> found, StaffReach reach) {
        Set<Long> people = found.stream().map(DisciplineBreach::getUserId).collect(java.util.stream.Collectors.toSet());
        Map<Long, UserAccount> names = staff.byIds(people);
        Map<Long, Long> counts = counts(people);
        int threshold = rules.value(DisciplineRules.DISMISSAL_COUNT);
        return found.stream().map(b -> {
            long repeats = counts.getOrDefault(b.getUserId(), 0L);
            boolean amounts = reach == null || reach.seesAmounts(b.getUserId());
            return new BreachLine(b.getId(), b.getUserId(), Attendance.name(names.get(b.getUserId())),
                    b.getBreachDate(), b.getDescription(), b.getEvidence(), b.getSeverity(), b.getMeasure(),
                    amounts && b.getAmount() != null ? new Money(b.getAmount()) : null, b.getRequestId(), repeats,
                    repeats >= threshold);
        }).toList();
    }

    private Map<Long, Long> counts(Collection<Long> people) {
        Map<Long, Long> counts = new HashMap<>();
        if (!people.isEmpty()) {
            for (Object[] row : breaches.countsAfter(people,
                    windowStart(rules.value(DisciplineRules.WINDOW_MONTHS)))) {
                counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
            }
        }
        return counts;
    }

    /** The day before the window: a breach counts when it is after this day (the last N months up to today). */
    private LocalDate windowStart(int months) {
        return today().minusMonths(months);
    }

    private static Money sum(List<DisciplineBreach> found, DisciplineMeasure measure) {
        return found.stream().filter(b -> b.getMeasure() == measure).map(b -> new Money(b.getAmount()))
                .reduce(Money.ZERO, Money::plus);
    }

    private static BigDecimal amount(DisciplineMeasure measure, BigDecimal amount) {
        if (!measure.hasAmount()) {
            if (amount != null && amount.signum() != 0) {
                throw RuleViolation.onField("amount", "discipline.amount-not-allowed");
            }
            return null;
        }
        if (amount == null) {
            throw RuleViolation.onField("amount", "validation.required");
        }
        if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2 || amount.compareTo(MAX_AMOUNT) > 0) {
            throw RuleViolation.onField("amount", "discipline.amount-invalid");
        }
        return amount.setScale(2);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(calendar.zone()));
    }
}
