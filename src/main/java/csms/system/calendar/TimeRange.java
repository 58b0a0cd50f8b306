package csms.system.calendar;

import csms.shared.RuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * A period of working time within a day, such as 09:00–12:00, to the minute. An end of 00:00 means the end of
 * the day (shown as 24:00), so a range may cover the whole day.
 */
public record TimeRange(LocalTime start, LocalTime end) {

    public static final String FIELD = "periods";
    private static final String END_OF_DAY = "24:00";

    public TimeRange {
        if (start == null || end == null) {
            throw RuleViolation.onField(FIELD, "calendar.hours.time-invalid", "");
        }
        if (start.getSecond() != 0 || start.getNano() != 0 || end.getSecond() != 0 || end.getNano() != 0) {
            throw RuleViolation.onField(FIELD, "calendar.hours.time-invalid", start + "-" + end);
        }
        if (endMinute(end) <= start.toSecondOfDay() / 60) {
            throw RuleViolation.onField(FIELD, "calendar.hours.range-order", text(start, end));
        }
    }

    /** Parses "09:00" and "12:00" (the end may be "24:00"); a wrong time is refused on the field "periods". */
    public static TimeRange parse(String start, String end) {
        return new TimeRange(time(start, false), time(end, true));
    }

    /** Parses "09:00-12:00". */
    public static TimeRange parse(String range) {
        String[] parts = range == null ? new String[0] : range.split("-", -1);
        if (parts.length != 2) {
            throw RuleViolation.onField(FIELD, "calendar.hours.time-invalid", String.valueOf(range));
        }
        return parse(parts[0], parts[1]);
    }

    public boolean overlaps(TimeRange other) {
        return startMinute() < other.endMinute() && other.startMinute() < endMinute();
    }

    /** Minutes after midnight at which the range starts. */
    public int startMinute() {
        return start.toSecondOfDay() / 60;
    }

    /** Minutes after midnight at which the range ends (1440 for the end of the day). */
    public int endMinute() {
        return endMinute(end);
    }

    /** The instant the range starts on that day in that zone. */
    Instant startOn(LocalDate date, ZoneId zone) {
        return ZonedDateTime.of(date, start, zone).toInstant();
    }

    /** The instant the range ends on that day in that zone. */
    Instant endOn(LocalDate date, ZoneId zone) {
        return end.equals(LocalTime.MIDNIGHT) ? date.plusDays(1).atStartOfDay(zone).toInstant()
                : ZonedDateTime.of(date, end, zone).toInstant();
    }

    public String startText() {
        return start.toString();
    }

    public String endText() {
        return end.equals(LocalTime.MIDNIGHT) ? END_OF_DAY : end.toString();
    }

    /** "09:00-12:00", the form {@link #parse(String)} reads. */
    @Override
    public String toString() {
        return startText() + "-" + endText();
    }

    private static int endMinute(LocalTime end) {
        return end.equals(LocalTime.MIDNIGHT) ? 24 * 60 : end.toSecondOfDay() / 60;
    }

    private static String text(LocalTime start, LocalTime end) {
        return start + "-" + (end.equals(LocalTime.MIDNIGHT) ? END_OF_DAY : end.toString());
    }

    private static LocalTime time(String value, boolean end) {
        String v = value == null ? "" : value.strip();
        if (end && END_OF_DAY.equals(v)) {
            return LocalTime.MIDNIGHT;
        }
        try {
            if (!v.matches("\\d{1,2}:\\d{2}")) {
                throw new DateTimeParseException("not HH:mm", v, 0);
            }
            return LocalTime.parse(v.length() == 4 ? "0" + v : v);
        } catch (DateTimeParseException e) {
            throw RuleViolation.onField(FIELD, "calendar.hours.time-invalid", v);
        }
    }
}
