package csms.system.calendar;

import csms.system.OrganisationSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The organisation's business calendar, for deadlines in business time (CMP-8) and statutory holidays (WFM-6),
 * in the organisation's time zone. The calendar is held in memory: an edit on this node applies as soon as it
 * commits; other nodes reload it at most {@link #REFRESH} later.
 */
@Service
public class BusinessCalendar {

    /** How long a node keeps its copy of the calendar before reading it again (edits on other nodes). */
    public static final Duration REFRESH = Duration.ofMinutes(1);

    private final CalendarEntryRepository entries;
    private final StoredWorkingTimeRepository workingTimes;
    private final OrganisationSettings organisation;
    private final Clock clock;
    private final AtomicReference<Cached> cached = new AtomicReference<>();
    private final AtomicLong generation = new AtomicLong();

    BusinessCalendar(CalendarEntryRepository entries, StoredWorkingTimeRepository workingTimes,
            OrganisationSettings organisation, Clock clock) {
        this.entries = entries;
        this.workingTimes = workingTimes;
        this.organisation = organisation;
        this.clock = clock;
    }

    /**
     * The instant at which {@code businessTime} of working time has elapsed after {@code start}; counting begins
     * at the next working moment when {@code start} is outside working time. {@code Duration.ZERO} gives that next
     * working moment (see {@link WorkingSchedule#plus}).
     */
    public Instant plusBusinessTime(Instant start, Duration businessTime) {
        return schedule().plus(start, businessTime);
    }

    /** The next working moment at or after {@code instant} (the instant itself inside working time). */
    public Instant nextWorkingMoment(Instant instant) {
        return schedule().nextWorkingMoment(instant);
    }

    /** The working time between two instants, zero when {@code to} is not after {@code from}. */
    public Duration businessTimeBetween(Instant from, Instant to) {
        return schedule().between(from, to);
    }

    /** The working day that many working days after {@code date} (0: the date itself if working, else the next). */
    public LocalDate plusWorkingDays(LocalDate date, int workingDays) {
        return schedule().plusWorkingDays(date, workingDays);
    }

    public boolean isWorkingDay(LocalDate date) {
        return schedule().isWorkingDay(date);
    }

    /** A statutory off day from the calendar; not an ordinary weekend, not a company holiday. */
    public boolean isPublicHoliday(LocalDate date) {
        return schedule().isPublicHoliday(date);
    }

    /** The holiday's name on an off day of the calendar (public or company holiday). */
    public Optional<String> holidayName(LocalDate date) {
        return schedule().holidayName(date);
    }

    /** The organisation's time zone, in which working days and hours are meant. */
    public ZoneId zone() {
        return organisation.zone();
    }

    /** One consistent snapshot of the calendar, for computing many deadlines in a row. */
    public WorkingSchedule schedule() {
        ZoneId zone = organisation.zone();
        Instant now = Instant.now(clock);
        Cached current = cached.get();
        if (current != null && current.generation() == generation.get() && now.isBefore(current.until())) {
            return current.schedule().inZone(zone);
        }
        long loading = generation.get();
        WorkingSchedule fresh = load(zone);
        cached.set(new Cached(fresh, now.plus(REFRESH), loading));
        return fresh;
    }

    /** Drops this node's copy once the caller's transaction commits (at once without a transaction). */
    void refreshAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    generation.incrementAndGet();
                }
            });
        } else {
            generation.incrementAndGet();
        }
    }

    private WorkingSchedule load(ZoneId zone) {
        WorkingTime time = workingTimes.findById(StoredWorkingTime.SINGLETON_ID).map(StoredWorkingTime::time)
                .orElse(WorkingTime.DEFAULT);
        return new WorkingSchedule(zone, time, entries.readAll().stream().map(CalendarEntry::view).toList());
    }

    /** A loaded calendar, valid until the instant or until the generation moves on. */
    private record Cached(WorkingSchedule schedule, Instant until, long generation) {
    }
}
