package csms.system.calendar;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.shared.ConflictException;
import java.time.Clock;
import java.time.Instant;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisation's working week and working time of day: seen by everyone, changed by administrators. */
@Service
public class WorkingHours {

    public static final String SUBJECT = "WorkingTime";

    private final StoredWorkingTimeRepository stored;
    private final BusinessCalendar calendar;
    private final AuditTrail audit;
    private final Clock clock;

    WorkingHours(StoredWorkingTimeRepository stored, BusinessCalendar calendar, AuditTrail audit, Clock clock) {
        this.stored = stored;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public WorkingTimeSetting current() {
        return stored.findById(StoredWorkingTime.SINGLETON_ID).map(StoredWorkingTime::view)
                .orElse(new WorkingTimeSetting(WorkingTime.DEFAULT, null, null, 0));
    }

    /** Changes the working time against the version the user saw (stale: 409). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public WorkingTimeSetting change(WorkingTime time, long version) {
        StoredWorkingTime row = stored.findById(StoredWorkingTime.SINGLETON_ID)
                .orElseGet(() -> new StoredWorkingTime(WorkingTime.DEFAULT));
        ConflictException.requireVersion(version, row.version(), SUBJECT, StoredWorkingTime.SINGLETON_ID);
        WorkingTime before = row.time();
        Changes changes = Changes.none().field("workingDays", before.storedDays(), time.storedDays())
                .field("periods", before.storedPeriods(), time.storedPeriods());
        if (changes.isEmpty()) {
            return row.view();
        }
        row.change(time, CalendarDays.actor(), Instant.now(clock));
        WorkingTimeSetting saved = stored.saveAndFlush(row).view();
        audit.record("working-time.changed", SUBJECT, StoredWorkingTime.SINGLETON_ID, time.storedPeriods(), changes);
        calendar.refreshAfterCommit();
        return saved;
    }
}
