package csms.visit;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.customer.CustomerGrade;
import csms.customer.CustomerGrades;
import csms.shared.ConflictException;
import csms.shared.NotFoundException;
import csms.shared.PageQuery;
import csms.shared.RuleViolation;
import csms.system.calendar.CalendarDay;
import csms.system.calendar.CalendarDays;
import csms.visit.internal.VisitOccasionRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Special occasions for special visits (VIS-5), defined by supervisors: listed by date, created, changed on the
 * version seen, deleted (its open visits are cancelled). Every change is audited. Holidays can be taken from the
 * business calendar.
 */
@Service
public class VisitOccasions {

    public static final String SUBJECT = "VisitOccasion";
    private static final Map<String, String> SORTS = Map.of("date", "date", "name", "name", "kind", "kind");
    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("date"), Sort.Order.desc("id"));

    /** A holiday of the business calendar: its name and first day. */
    public record Holiday(String name, LocalDate date) {
    }

    private final VisitOccasionRepository occasions;
    private final CustomerGrades grades;
    private final CalendarDays calendar;
    private final AuditTrail audit;
    private final Clock clock;

    VisitOccasions(VisitOccasionRepository occasions, CustomerGrades grades, CalendarDays calendar, AuditTrail audit,
            Clock clock) {
        this.occasions = occasions;
        this.grades = grades;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SUPERVISOR')")
    public Page<VisitOccasion> list(PageQuery page) {
        return occasions.page(page.toPageable(SORTS, DEFAULT_SORT));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SUPERVISOR')")
    public VisitOccasion get(long id) {
        return occasions.findById(id).orElseThrow(() -> new NotFoundException(SUBJECT, id));
    }

    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public VisitOccasion create(OccasionDefinition d) {
        validate(d);
        VisitOccasion o = occasions.saveAndFlush(new VisitOccasion(d, Instant.now(clock)));
        audit.record("visit.occasion-created", SUBJECT, o.getId(), o.getName(),
                Changes.none().field("occasion", null, o.describe()));
        return o;
    }

    /** Changes an occasion against the version the user saw (stale → 409, no version → 422). */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public VisitOccasion revise(long id, OccasionDefinition d) {
        VisitOccasion o = get(id);
        if (d.version() == null) {
            throw RuleViolation.onField("version", "validation.version");
        }
        ConflictException.requireVersion(d.version(), o.getVersion(), SUBJECT, id);
        validate(d);
        String before = o.describe();
        o.revise(d);
        Changes changes = Changes.none().field("occasion", before, o.describe());
        if (!changes.isEmpty()) {
            occasions.saveAndFlush(o);
            audit.record("visit.occasion-changed", SUBJECT, id, o.getName(), changes);
        }
        return o;
    }

    /** Deletes an occasion against the version the user saw (stale → 409); its open visits are cancelled. */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public void delete(long id, long version) {
        VisitOccasion o = get(id);
        ConflictException.requireVersion(version, o.getVersion(), SUBJECT, id);
        int cancelled = occasions.cancelOpenVisits(o.periodKey());
        occasions.delete(o);
        occasions.flush();
        audit.record("visit.occasion-deleted", SUBJECT, id, o.getName(),
                Changes.none().field("occasion", o.describe(), null).field("cancelledVisits", null, cancelled));
    }

    /** The holidays of the business calendar from {@code from} on (this year and the next), first day of each. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SUPERVISOR')")
    public List<Holiday> holidaysFrom(LocalDate from) {
        List<Holiday> out = new ArrayList<>();
        CalendarDay previous = null;
        for (int year = from.getYear(); year <= Math.min(from.getYear() + 1, CalendarDays.LAST_YEAR); year++) {
            for (CalendarDay day : calendar.year(year)) {
                boolean continues = previous != null && day.date().equals(previous.date().plusDays(1))
                        && day.name() != null && day.name().equals(previous.name());
                if (day.offDay() && day.name() != null && !day.date().isBefore(from) && !continues) {
                    out.add(new Holiday(day.name(), day.date()));
                }
                previous = day.offDay() ? day : null;
            }
        }
        return out;
    }

    private void validate(OccasionDefinition d) {
        if (d.name() == null || d.name().isBlank()) {
            throw RuleViolation.onField("name", "validation.required");
        }
        if (d.kind() == null) {
            throw RuleViolation.onField("kind", "validation.required");
        }
        if (d.date() == null) {
            throw RuleViolation.onField("date", "validation.required");
        }
        if (d.daysBefore() != null && (d.daysBefore() < 0 || d.daysBefore() > VisitOccasion.DAYS_BEFORE_MAX)) {
            throw RuleViolation.onField("daysBefore", "visit.occasion.days-before-range",
                    VisitOccasion.DAYS_BEFORE_MAX);
        }
        Set<String> known = grades.all().stream().map(CustomerGrade::getCode).collect(Collectors.toSet());
        if (!known.containsAll(d.gradeCodes())) {
            throw RuleViolation.onField("gradeCodes", "visit.segment.grade-unknown");
        }
    }
}
