package csms.workforce;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.identity.UserAccount;
import csms.shared.ConflictException;
import csms.shared.NotFoundException;
import csms.shared.PageQuery;
import csms.shared.RuleViolation;
import csms.system.calendar.BusinessCalendar;
import csms.workforce.internal.WorkLogRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily work log (WFM-8): everyone writes their own, one per day, with special customer situations for the
 * supervisor; the supervisor of the team (HR, managers) reviews it with a comment. A reviewed log no longer changes.
 */
@Service
public class WorkLogs {

    public static final String SUBJECT = "WorkLog";
    static final Map<String, String> SORTS = Map.of("day", "logDate", "person", "userId");

    private final WorkLogRepository logs;
    private final StaffDirectory staff;
    private final BusinessCalendar calendar;
    private final AuditTrail audit;
    private final Clock clock;

    WorkLogs(WorkLogRepository logs, StaffDirectory staff, BusinessCalendar calendar, AuditTrail audit,
            Clock clock) {
        this.logs = logs;
        this.staff = staff;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Writes the signed-in user's log for a day (today or before), or changes it against the version seen (stale →
     * 409); a reviewed log is refused (409).
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public WorkLog write(LocalDate day, String content, String specialSituation, Long version) {
        long me = staff.reach().userId();
        UserAccount person = staff.person(me, "userId");
        if (day == null) {
            throw RuleViolation.onField("day", "validation.required");
        }
        if (day.isAfter(LocalDate.now(clock.withZone(calendar.zone())))) {
            throw RuleViolation.onField("day", "workforce.day.future");
        }
        String text = StaffTexts.optional(content, "content", 4000);
        if (text == null) {
            throw RuleViolation.onField("content", "validation.required");
        }
        String special = StaffTexts.optional(specialSituation, "specialSituation", 2000);
        WorkLog log = logs.findByUserIdAndLogDate(me, day).orElse(null);
        if (log == null) {
            log = new WorkLog(me, person.getDepartmentId(), day);
        } else {
            if (version == null) {
                throw RuleViolation.onField("version", "validation.version");
            }
            ConflictException.requireVersion(version, log.getVersion(), SUBJECT, log.getId());
            if (log.isReviewed()) {
                throw new ConflictException("worklog.already-reviewed");
            }
        }
        boolean created = log.getId() == null;
        log.write(text, special, Instant.now(clock));
        logs.saveAndFlush(log);
        audit.record(created ? "worklog.written" : "worklog.changed", SUBJECT, log.getId(),
                person.getDisplayName() + " " + day,
                Changes.none().field("specialSituation", null, special == null ? null : Boolean.TRUE));
        return log;
    }

    /** The team's supervisor (HR, managers) reviews someone else's log with a comment, against the version seen. */
    @Transactional
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR')")
    public WorkLog review(long id, String comment, long version) {
        WorkLog log = logs.findById(id).orElseThrow(() -> new NotFoundException(SUBJECT, id));
        StaffReach reach = staff.reach();
        if (!reach.mayKeep(log.getDepartmentId()) || log.getUserId() == reach.userId()) {
            throw new AccessDeniedException("worklog.review");
        }
        ConflictException.requireVersion(version, log.getVersion(), SUBJECT, id);
        if (log.isReviewed()) {
            throw new ConflictException("worklog.already-reviewed");
        }
        log.review(StaffTexts.optional(comment, "comment", 1000), reach.userId(), Instant.now(clock));
        logs.saveAndFlush(log);
        audit.record("worklog.reviewed", SUBJECT, id, log.getLogDate().toString(),
                Changes.none().field("reviewed", null, Boolean.TRUE));
        return log;
    }

    /** A page of the month's logs within the user's reach (a person sees their own); optionally only unreviewed. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Page<WorkLogLine> list(StaffFilter filter, boolean unreviewed, PageQuery page) {
        StaffReach reach = staff.reach();
        Page<WorkLog> found = logs.search(filter.from(), filter.to(), filter.departmentId(), filter.userId(),
                unreviewed, reach.everyone(), reach.userId(), StaffFilter.teams(reach),
                page.toPageable(SORTS, Sort.by(Sort.Direction.DESC, "logDate").and(Sort.by("userId"))));
        Set<Long> people = new HashSet<>(found.map(WorkLog::getUserId).toList());
        found.forEach(w -> {
            if (w.getReviewedBy() != null) {
                people.add(w.getReviewedBy());
            }
        });
        Map<Long, UserAccount> names = staff.byIds(people);
        return found.map(w -> new WorkLogLine(w.getId(), w.getUserId(), Attendance.name(names.get(w.getUserId())),
                w.getLogDate(), w.getContent(), w.getSpecialSituation(), w.isReviewed(),
                w.getReviewedBy() == null ? null : Attendance.name(names.get(w.getReviewedBy())), w.getReviewComment(),
                w.getVersion(), !w.isReviewed() && w.getUserId() != reach.userId()
                        && reach.mayKeep(w.getDepartmentId())));
    }
}
