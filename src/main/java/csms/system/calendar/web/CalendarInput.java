package csms.system.calendar.web;

import csms.shared.RuleViolation;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Reads the calendar's request parameters; bad input is refused on its field (422), not as a bad request. */
final class CalendarInput {

    static final BigDecimal MAX_HOURS = BigDecimal.valueOf(10_000);

    private CalendarInput() {
    }

    static LocalDate date(String value) {
        try {
            return LocalDate.parse(value == null ? "" : value.strip());
        } catch (DateTimeException e) {
            throw RuleViolation.onField("date", "calendar.date.invalid", String.valueOf(value));
        }
    }

    /** The year asked for, or the current year in the zone when none is given. */
    static int year(String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return LocalDate.now(zone).getYear();
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw RuleViolation.onField("year", "calendar.year.invalid", value);
        }
    }

    /** Business hours such as "8" or "1.5", from 0 to {@link #MAX_HOURS}, to the second. */
    static Duration hours(String value) {
        BigDecimal hours;
        try {
            hours = new BigDecimal(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw RuleViolation.onField("hours", "calendar.deadline.hours", MAX_HOURS);
        }
        if (hours.signum() < 0 || hours.compareTo(MAX_HOURS) > 0) {
            throw RuleViolation.onField("hours", "calendar.deadline.hours", MAX_HOURS);
        }
        return Duration.ofSeconds(hours.multiply(BigDecimal.valueOf(3600)).longValue());
    }

    /** An instant with offset ("2026-09-30T09:00+08:00", "...Z") or a local time in the zone; none means now. */
    static Instant instant(String value, ZoneId zone, Instant now) {
        if (value == null || value.isBlank()) {
            return now;
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeException e) {
            try {
                return LocalDateTime.parse(v).atZone(zone).toInstant();
            } catch (DateTimeException e2) {
                throw RuleViolation.onField("from", "calendar.deadline.from", v);
            }
        }
    }
}
