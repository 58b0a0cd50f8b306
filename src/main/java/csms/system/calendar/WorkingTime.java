package csms.system.calendar;

import csms.shared.RuleViolation;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The organisation's working week and working time of day: one to {@value #MAX_PERIODS} periods per working
 * day, kept in order of time, none overlapping. Refuses anything else on the field "workingDays" or "periods".
 */
public record WorkingTime(Set<DayOfWeek> workingDays, List<TimeRange> periods) {

    public static final int MAX_PERIODS = 4;
    public static final String DAYS_FIELD = "workingDays";

    /** Monday to Friday, 09:00–12:00 and 13:30–18:00. */
    public static final WorkingTime DEFAULT = new WorkingTime(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            List.of(TimeRange.parse("09:00-12:00"), TimeRange.parse("13:30-18:00")));

    public WorkingTime {
        if (workingDays == null || workingDays.isEmpty()) {
            throw RuleViolation.onField(DAYS_FIELD, "calendar.hours.no-working-day");
        }
        if (periods == null || periods.isEmpty() || periods.size() > MAX_PERIODS) {
            throw RuleViolation.onField(TimeRange.FIELD, "calendar.hours.period-count", MAX_PERIODS);
        }
        workingDays = Set.copyOf(EnumSet.copyOf(workingDays));
        periods = periods.stream().sorted(Comparator.comparingInt(TimeRange::startMinute)).toList();
        for (int i = 1; i < periods.size(); i++) {
            if (periods.get(i - 1).overlaps(periods.get(i))) {
                throw RuleViolation.onField(TimeRange.FIELD, "calendar.hours.overlap", periods.get(i - 1).toString(),
                        periods.get(i).toString());
            }
        }
    }

    /** Reads day names ("MONDAY") or ISO numbers ("1" = Monday); an unknown day is refused on "workingDays". */
    public static Set<DayOfWeek> days(Collection<String> values) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String value : values == null ? List.<String>of() : values) {
            String v = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
            try {
                days.add(v.matches("[1-7]") ? DayOfWeek.of(Integer.parseInt(v)) : DayOfWeek.valueOf(v));
            } catch (IllegalArgumentException e) {
                throw RuleViolation.onField(DAYS_FIELD, "calendar.hours.day-invalid", String.valueOf(value));
            }
        }
        return days;
    }

    public boolean isWorkingWeekday(DayOfWeek day) {
        return workingDays.contains(day);
    }

    /** The working time of one working day, e.g. 7.5 hours. */
    public Duration dailyTime() {
        return Duration.ofMinutes(periods.stream().mapToInt(p -> p.endMinute() - p.startMinute()).sum());
    }

    /** The working days in week order, Monday first. */
    public List<DayOfWeek> workingDaysInOrder() {
        return workingDays.stream().sorted().toList();
    }

    /** ISO day numbers as stored: "1,2,3,4,5". */
    String storedDays() {
        return workingDaysInOrder().stream().map(d -> String.valueOf(d.getValue())).collect(Collectors.joining(","));
    }

    /** Periods as stored: "09:00-12:00,13:30-18:00". */
    String storedPeriods() {
        return periods.stream().map(TimeRange::toString).collect(Collectors.joining(","));
    }

    static WorkingTime fromStored(String days, String periods) {
        return new WorkingTime(days(List.of(days.split(","))),
                java.util.Arrays.stream(periods.split(",")).map(TimeRange::parse).toList());
    }
}
