package csms.workforce;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.shared.ConflictException;
import csms.shared.NotFoundException;
import csms.shared.PageQuery;
import csms.shared.RuleViolation;
import csms.system.calendar.BusinessCalendar;
import csms.workforce.internal.TrainingCourseRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training catalogue 培训课程 (WFM-9): courses with an outline, a kind (onboarding, required of new agents, or
 * further training) and hours, kept by supervisors and HR (audited, a change needs the version seen); everyone reads
 * it. A course is deactivated, never deleted.
 */
@Service
public class TrainingCourses {

    public static final String SUBJECT = "TrainingCourse";
    static final Map<String, String> SORTS = Map.of("name", "name", "kind", "kind", "hours", "hours");
    private static final BigDecimal MAX_HOURS = new BigDecimal("999.9");

    private final TrainingCourseRepository courses;
    private final BusinessCalendar calendar;
    private final AuditTrail audit;
    private final Clock clock;

    TrainingCourses(TrainingCourseRepository courses, BusinessCalendar calendar, AuditTrail audit, Clock clock) {
        this.courses = courses;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    /** A page of the catalogue by a piece of the name or outline; inactive courses only when asked for. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Page<TrainingCourse> page(String text, CourseKind kind, boolean inactive, PageQuery page) {
        return courses.search(like(text), kind, inactive, page.toPageable(SORTS, Sort.by("name").and(Sort.by("id"))));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public TrainingCourse get(long id) {
        return courses.findById(id).orElseThrow(() -> new NotFoundException(SUBJECT, id));
    }

    /** The active courses, for choosing one for a session. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public java.util.List<TrainingCourse> active() {
        return courses.findByActiveTrueOrderByName();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR')")
    public TrainingCourse create(String name, String outline, CourseKind kind, BigDecimal hours) {
        String n = name(name);
        if (courses.existsByNameIgnoreCase(n)) {
            throw RuleViolation.onField("name", "training.course.name-taken", n);
        }
        TrainingCourse c = new TrainingCourse(LocalDate.now(clock.withZone(calendar.zone())));
        c.change(n, StaffTexts.optional(outline, "outline", 4000), kind(kind), hours(hours), true);
        courses.saveAndFlush(c);
        audit.record("training.course.created", SUBJECT, c.getId(), n,
                Changes.none().field("kind", null, c.getKind()).field("hours", null, c.getHours()));
        return c;
    }

    /** Changes a course against the version seen (stale → 409); {@code active} false deactivates it. */
    @Transactional
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR')")
    public TrainingCourse update(long id, String name, String outline, CourseKind kind, BigDecimal hours,
            boolean active, Long version) {
        TrainingCourse c = courses.findById(id).orElseThrow(() -> new NotFoundException(SUBJECT, id));
        if (version == null) {
            throw RuleViolation.onField("version", "validation.version");
        }
        ConflictException.requireVersion(version, c.getVersion(), SUBJECT, id);
        String n = name(name);
        if (courses.existsByNameIgnoreCaseAndIdNot(n, id)) {
            throw RuleViolation.onField("name", "training.course.name-taken", n);
        }
        String o = StaffTexts.optional(outline, "outline", 4000);
        CourseKind k = kind(kind);
        BigDecimal h = hours(hours);
        Changes changes = Changes.none().field("name", c.getName(), n).field("kind", c.getKind(), k)
                .field("hours", c.getHours(), h).field("active", c.isActive(), active)
                .field("outline", null, java.util.Objects.equals(o, c.getOutline()) ? null : "changed");
        c.change(n, o, k, h, active);
        courses.saveAndFlush(c);
        audit.record(active ? "training.course.changed" : "training.course.deactivated", SUBJECT, id, n, changes);
        return c;
    }

    static String like(String text) {
        return text == null || text.isBlank() ? null
                : "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
    }

    private static String name(String name) {
        String n = StaffTexts.optional(name, "name", 100);
        if (n == null) {
            throw RuleViolation.onField("name", "validation.required");
        }
        return n;
    }

    private static CourseKind kind(CourseKind kind) {
        if (kind == null) {
            throw RuleViolation.onField("kind", "validation.required");
        }
        return kind;
    }

    private static BigDecimal hours(BigDecimal hours) {
        if (hours == null) {
            throw RuleViolation.onField("hours", "validation.required");
        }
        if (hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0 || hours.stripTrailingZeros().scale() > 1) {
            throw RuleViolation.onField("hours", "training.course.hours-invalid");
        }
        return hours.setScale(1, java.math.RoundingMode.UNNECESSARY);
    }
}
