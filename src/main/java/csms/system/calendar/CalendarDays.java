package csms.system.calendar;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.shared.ConflictException;
import csms.shared.NotFoundException;
import csms.shared.RuleViolation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The days of the calendar that differ from the ordinary working week, as administrators see and edit them: a
 * company holiday added, a public holiday renamed, a later year's holidays entered. Every edit is audited.
 */
@Service
public class CalendarDays {

    public static final String SUBJECT = "CalendarDay";
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2099;
    static final int MAX_NAME = 50;

    private final CalendarEntryRepository entries;
    private final BusinessCalendar calendar;
    private final AuditTrail audit;
    private final Clock clock;

    CalendarDays(CalendarEntryRepository entries, BusinessCalendar calendar, AuditTrail audit, Clock clock) {
        this.entries = entries;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    /** The year's days in date order. */
    @Transactional(readOnly = true)
    public List<CalendarDay> year(int year) {
        requireYear("year", year);
        return entries.findByDateBetweenOrderByDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .map(CalendarEntry::view).toList();
    }

    @Transactional(readOnly = true)
    public Optional<CalendarDay> find(LocalDate date) {
        return entries.findById(date).map(CalendarEntry::view);
    }

    /**
     * Adds the day ({@code version} null; 409 when the date already has one) or changes it against the version
     * the user saw (stale: 409). The name is required: the holiday, or the holiday a working day makes up for.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public CalendarDay set(LocalDate date, DayKind kind, String name, Long version) {
        requireYear("date", date.getYear());
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > MAX_NAME) {
            throw RuleViolation.onField("name", "calendar.day.name-invalid", MAX_NAME);
        }
        Optional<CalendarEntry> existing = entries.findById(date);
        if (existing.isPresent() && version == null) {
            throw new ConflictException("calendar.day.exists", date.toString());
        }
        if (existing.isEmpty() && version != null) {
            throw ConflictException.staleVersion(SUBJECT, date);
        }
        CalendarEntry entry = existing.orElseGet(() -> new CalendarEntry(date));
        if (version != null) {
            ConflictException.requireVersion(version, entry.version(), SUBJECT, date);
        }
        CalendarDay before = existing.map(CalendarEntry::view).orElse(null);
        entry.define(kind, cleanName, actor(), Instant.now(clock));
        CalendarDay after = entries.saveAndFlush(entry).view();
        Changes changes = Changes.none().field("kind", before == null ? null : before.kind(), kind)
                .field("name", before == null ? null : before.name(), cleanName);
        if (before == null) {
            audit.record("calendar-day.added", SUBJECT, date, cleanName, changes);
        } else if (!changes.isEmpty()) {
            audit.record("calendar-day.changed", SUBJECT, date, cleanName, changes);
        }
        calendar.refreshAfterCommit();
        return after;
    }

    /** Removes the day, which then follows the ordinary working week; a given version must be the current one. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void remove(LocalDate date, Long version) {
        CalendarEntry entry = entries.findById(date).orElseThrow(() -> new NotFoundException(SUBJECT, date));
        if (version != null) {
            ConflictException.requireVersion(version, entry.version(), SUBJECT, date);
        }
        CalendarDay before = entry.view();
        entries.delete(entry);
        entries.flush();
        audit.record("calendar-day.removed", SUBJECT, date, before.name(),
                Changes.none().field("kind", before.kind(), null).field("name", before.name(), null));
        calendar.refreshAfterCommit();
    }

    static void requireYear(String field, int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw RuleViolation.onField(field, "calendar.year.range", FIRST_YEAR, LAST_YEAR);
        }
    }

    /** The signed-in user's name, or "system". */
    static String actor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? AuditTrail.SYSTEM_ACTOR : auth.getName();
    }
}
