package csms.workforce;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.identity.SignedInUser;
import csms.identity.UserAccount;
import csms.shared.ConflictException;
import csms.shared.NotFoundException;
import csms.shared.PageQuery;
import csms.shared.RuleViolation;
import csms.system.calendar.BusinessCalendar;
import csms.system.calendar.WorkingSchedule;
import csms.workforce.internal.OvertimeEntryRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Overtime (WFM-6): hours per person and day in half-hour steps. The supervisor's entry for a team member counts at
 * once; an employee's own entry waits for the supervisor's approval. Only approved entries count. Each day is holiday
 * duty when the business calendar has it as a statutory holiday (法定节假日); weekends and make-up working days 调休
 * are ordinary overtime as the calendar says.
 */
@Service
public class Overtime {

    public static final String SUBJECT = "Overtime";
    static final Map<String, String> SORTS = Map.of("day", "workDate", "person", "userId", "status", "status");
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal MAX_HOURS = new BigDecimal("24");

    private final OvertimeEntryRepository entries;
    private final StaffDirectory staff;
    private final BusinessCalendar calendar;
    private final AuditTrail audit;
    private final Clock clock;

    Overtime(OvertimeEntryRepository entries, StaffDirectory staff, BusinessCalendar calendar, AuditTrail audit,
            Clock clock) {
        this.entries = entries;
        this.staff = staff;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Enters overtime for a day: for oneself (pending) or, as the supervisor, HR or a manager, for a team member
     * (approved). A day already entered and not rejected is refused on {@code day}; a rejected one may be entered
     * again.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public OvertimeEntry enter(OvertimeRequest request) {
        StaffReach reach = staff.reach();
        long me = reach.userId();
        UserAccount person = request.userId() != null && request.userId() == me ? staff.person(me, "userId")
                : staff.keptPerson(reach, request.userId(), "userId");
        boolean own = person.getId() == me;
        LocalDate day = request.day();
        if (day == null) {
            throw RuleViolation.onField("day", "validation.required");
        }
        if (day.isAfter(LocalDate.now(clock.withZone(calendar.zone())))) {
            throw RuleViolation.onField("day", "workforce.day.future");
        }
        BigDecimal hours = request.hours();
        if (hours == null) {
            throw RuleViolation.onField("hours", "validation.required");
        }
        if (hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0
                || hours.remainder(HALF).signum() != 0) {
            throw RuleViolation.onField("hours", "overtime.hours-invalid");
        }
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        if (reason != null && reason.length() > 500) {
            throw RuleViolation.onField("reason", "workforce.text.too-long", 500);
        }
        OvertimeEntry e = entries.findByUserIdAndWorkDate(person.getId(), day).orElse(null);
        if (e != null && e.getStatus() != OvertimeStatus.REJECTED) {
            throw RuleViolation.onField("day", "overtime.day-taken", day);
        }
        if (e == null) {
            e = new OvertimeEntry(person.getId(), person.getDepartmentId(), day);
        }
        e.enter(hours.setScale(1), reason, me, Instant.now(clock), !own);
        entries.saveAndFlush(e);
        audit.record("overtime.entered", SUBJECT, e.getId(), person.getDisplayName() + " " + day,
                Changes.none().field("hours", null, hours.stripTrailingZeros().toPlainString())
                        .field("status", null, e.getStatus()).field("holiday", null, holiday(day) ? Boolean.TRUE : null));
        return e;
    }

    /** The supervisor approves or rejects an employee's pending entry (not their own), against the version seen. */
    @Transactional
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR')")
    public OvertimeEntry decide(long id, boolean approve, long version) {
        OvertimeEntry e = entries.findById(id).orElseThrow(() -> new NotFoundException(SUBJECT, id));
        StaffReach reach = staff.reach();
        if (!reach.mayKeep(e.getDepartmentId()) || e.getUserId() == reach.userId()) {
            throw new AccessDeniedException("overtime.decide");
        }
        ConflictException.requireVersion(version, e.getVersion(), SUBJECT, id);
        if (e.getStatus() != OvertimeStatus.PENDING) {
            throw new ConflictException("overtime.already-decided");
        }
        e.decide(approve, reach.userId(), Instant.now(clock));
        entries.saveAndFlush(e);
        audit.record(approve ? "overtime.approved" : "overtime.rejected", SUBJECT, id,
                Attendance.name(staff.byIds(List.of(e.getUserId())).get(e.getUserId())) + " " + e.getWorkDate(),
                Changes.none().field("status", OvertimeStatus.PENDING, e.getStatus()));
        return e;
    }

    /** A page of the month's entries within the user's reach (a person sees their own); optionally by status. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Page<OvertimeLine> list(StaffFilter filter, OvertimeStatus status, PageQuery page) {
        StaffReach reach = staff.reach();
        Page<OvertimeEntry> found = entries.search(filter.from(), filter.to(), filter.departmentId(), filter.userId(),
                status, reach.everyone(), reach.userId(), StaffFilter.teams(reach),
                page.toPageable(SORTS, Sort.by("workDate", "userId")));
        Map<Long, UserAccount> people = staff.byIds(found.map(OvertimeEntry::getUserId).toSet());
        WorkingSchedule schedule = calendar.schedule();
        return found.map(e -> new OvertimeLine(e.getId(), e.getUserId(), Attendance.name(people.get(e.getUserId())),
                e.getWorkDate(), e.getHours().stripTrailingZeros(), schedule.isPublicHoliday(e.getWorkDate()),
                schedule.isPublicHoliday(e.getWorkDate()) ? schedule.holidayName(e.getWorkDate()).orElse(null) : null,
                e.getStatus(), e.getReason(), e.getVersion(), e.getStatus() == OvertimeStatus.PENDING
                        && e.getUserId() != reach.userId() && reach.mayKeep(e.getDepartmentId())));
    }

    /**
     * A person's approved overtime in a month, for pay: hours on other days than statutory holidays, and the
     * statutory holidays worked. The person, their supervisor, HR and managers may read it; the pay run too.
     */
    @Transactional(readOnly = true)
    public OvertimeMonth month(long userId, YearMonth month) {
        staff.requireMonthReader(userId, false);
        return gather(List.of(userId), month).get(userId);
    }

    /** {@link #month} for many people at once (the pay run): by person, every one of them present. HR and managers. */
    @Transactional(readOnly = true)
    public Map<Long, OvertimeMonth> months(Collection<Long> people, YearMonth month) {
        staff.requireEveryonesMonths(false);
        return gather(people, month);
    }

    private Map<Long, OvertimeMonth> gather(Collection<Long> people, YearMonth month) {
        WorkingSchedule schedule = calendar.schedule();
        Map<Long, BigDecimal> hours = new HashMap<>();
        Map<Long, List<LocalDate>> holidays = new HashMap<>();
        List<OvertimeEntry> found = people.isEmpty() ? List.of()
                : entries.findByUserIdInAndStatusAndWorkDateBetweenOrderByWorkDate(people, OvertimeStatus.APPROVED,
                        month.atDay(1), month.atEndOfMonth());
        for (OvertimeEntry e : found) {
            if (schedule.isPublicHoliday(e.getWorkDate())) {
                holidays.computeIfAbsent(e.getUserId(), u -> new ArrayList<>()).add(e.getWorkDate());
            } else {
                hours.merge(e.getUserId(), e.getHours(), BigDecimal::add);
            }
        }
        Map<Long, OvertimeMonth> result = new LinkedHashMap<>();
        for (long userId : people) {
            result.put(userId, new OvertimeMonth(userId, month,
                    hours.getOrDefault(userId, BigDecimal.ZERO).stripTrailingZeros(),
                    holidays.getOrDefault(userId, List.of())));
        }
        return result;
    }

    private boolean holiday(LocalDate day) {
        return calendar.isPublicHoliday(day);
    }
}
