package csms.system.calendar;

import java.time.Instant;
import java.time.LocalDate;

/** A day that differs from the ordinary working week, with its name (the holiday, or the one it makes up for). */
public record CalendarDay(LocalDate date, DayKind kind, String name, DaySource source, String updatedBy,
        Instant updatedAt, long version) {

    public boolean offDay() {
        return kind.offDay();
    }

    public boolean statutory() {
        return kind.statutory();
    }
}
