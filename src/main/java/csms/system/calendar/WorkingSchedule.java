package csms.system.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An immutable snapshot of the business calendar in one time zone, with the business time arithmetic. It steps
 * over whole working periods, so a deadline days away costs a few dozen steps, not one per minute.
 */
public final class WorkingSchedule {

    /** Beyond this many days without a working moment the calendar is considered broken. */
    private static final int MAX_DAYS_WITHOUT_WORK = 3660;

    private final ZoneId zone;
    private final WorkingTime workingTime;
    private final Map<LocalDate, CalendarDay> days;

    public WorkingSchedule(ZoneId zone, WorkingTime workingTime, Collection<CalendarDay> days) {
        this(zone, workingTime, days.stream().collect(Collectors.toUnmodifiableMap(CalendarDay::date,
                Function.identity())));
    }

    private WorkingSchedule(ZoneId zone, WorkingTime workingTime, Map<LocalDate, CalendarDay> days) {
        this.zone = zone;
        this.workingTime = workingTime;
        this.days = days;
    }

    /** The same calendar in another time zone. */
    public WorkingSchedule inZone(ZoneId other) {
        return other.equals(zone) ? this : new WorkingSchedule(other, workingTime, days);
    }

    public ZoneId zone() {
        return zone;
    }

    public WorkingTime workingTime() {
        return workingTime;
    }

    /** A day off in the calendar, or a weekday outside the working week, is not a working day. */
    public boolean isWorkingDay(LocalDate date) {
        CalendarDay day = days.get(date);
        return day != null ? !day.offDay() : workingTime.isWorkingWeekday(date.getDayOfWeek());
    }

    /** True for a statutory off day from the calendar; an ordinary weekend or a company holiday is not one. */
    public boolean isPublicHoliday(LocalDate date) {
        CalendarDay day = days.get(date);
        return day != null && day.statutory();
    }

    /** The name of the holiday on that day (public or company); empty on other days, make-up working days too. */
    public Optional<String> holidayName(LocalDate date) {
        CalendarDay day = days.get(date);
        return day != null && day.offDay() ? Optional.of(day.name()) : Optional.empty();
    }

    /** The calendar's entry for that day, if it differs from the ordinary week. */
    public Optional<CalendarDay> day(LocalDate date) {
        return Optional.ofNullable(days.get(date));
    }

    /**
     * The instant at which {@code businessTime} of working time has elapsed after {@code start}. Outside working
     * time, counting begins at the next working moment; a deadline that uses up a period exactly ends at the
     * period's end (12:00, not 13:30). {@code Duration.ZERO} gives the next working moment: {@code start} itself
     * inside working time, else the start of the next period.
     */
    public Instant plus(Instant start, Duration businessTime) {
        if (businessTime.isNegative()) {
            throw new IllegalArgumentException("negative business time " + businessTime);
        }
        Duration remaining = businessTime;
        LocalDate date = LocalDate.ofInstant(start, zone);
        for (int idle = 0; idle <= MAX_DAYS_WITHOUT_WORK; date = date.plusDays(1)) {
            idle++;
            if (!isWorkingDay(date)) {
                continue;
            }
            for (TimeRange period : workingTime.periods()) {
                Instant end = period.endOn(date, zone);
                if (!end.isAfter(start)) {
                    continue;
                }
                Instant begin = later(period.startOn(date, zone), start);
                Duration available = Duration.between(begin, end);
                if (remaining.compareTo(available) <= 0) {
                    return begin.plus(remaining);
                }
                remaining = remaining.minus(available);
                idle = 0;
            }
        }
        throw new IllegalStateException("no working time within " + MAX_DAYS_WITHOUT_WORK + " days of " + date);
    }

    /** The next working moment at or after {@code instant}: the instant itself inside working time. */
    public Instant nextWorkingMoment(Instant instant) {
        return plus(instant, Duration.ZERO);
    }

    /** The working time between two instants; zero when {@code to} is not after {@code from}. */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = LocalDate.ofInstant(to, zone);
        for (LocalDate date = LocalDate.ofInstant(from, zone); !date.isAfter(last); date = date.plusDays(1)) {
            if (!isWorkingDay(date)) {
                continue;
            }
            for (TimeRange period : workingTime.periods()) {
                Instant begin = later(period.startOn(date, zone), from);
                Instant end = earlier(period.endOn(date, zone), to);
                if (end.isAfter(begin)) {
                    total = total.plus(Duration.between(begin, end));
                }
            }
        }
        return total;
    }

    /**
     * The working day {@code workingDays} working days after {@code date}: 0 gives the date itself when it is a
     * working day, else the next working day; 1 the working day after that, and so on.
     */
    public LocalDate plusWorkingDays(LocalDate date, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("negative working days " + workingDays);
        }
        LocalDate d = date;
        int left = workingDays;
        for (int idle = 0; idle <= MAX_DAYS_WITHOUT_WORK; d = d.plusDays(1), idle++) {
            if (isWorkingDay(d)) {
                if (left == 0) {
                    return d;
                }
                left--;
                idle = 0;
            }
        }
        throw new IllegalStateException("no working day within " + MAX_DAYS_WITHOUT_WORK + " days of " + d);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
