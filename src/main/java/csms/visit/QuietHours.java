package csms.visit;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The clock times in which a customer is not called (VIS-1): the organisation's windows (default 12:00–14:00 and
 * 21:00–09:00) plus the customer's own. A window may run over midnight; an empty window (start = end) is none.
 * Clock times only: weekends and holidays do not matter.
 */
public record QuietHours(List<Window> windows) {

    /** A window from {@code start} (inclusive) to {@code end} (exclusive), minutes of the day. */
    public record Window(int start, int end) {

        public Window {
            if (start < 0 || start >= 1440 || end < 0 || end >= 1440) {
                throw new IllegalArgumentException("minute of day out of range");
            }
        }

        public static Window of(LocalTime start, LocalTime end) {
            return new Window(start.getHour() * 60 + start.getMinute(), end.getHour() * 60 + end.getMinute());
        }

        boolean contains(int minute) {
            if (start == end) {
                return false;
            }
            return start < end ? minute >= start && minute < end : minute >= start || minute < end;
        }

        public LocalTime startTime() {
            return LocalTime.of(start / 60, start % 60);
        }

        public LocalTime endTime() {
            return LocalTime.of(end / 60, end % 60);
        }
    }

    public QuietHours {
        windows = List.copyOf(windows);
    }

    public QuietHours with(Window extra) {
        var all = new java.util.ArrayList<>(windows);
        all.add(extra);
        return new QuietHours(all);
    }

    /** True when the instant falls in a window, on the organisation's clock. */
    public boolean isQuiet(Instant at, ZoneId zone) {
        ZonedDateTime t = at.atZone(zone);
        int minute = t.getHour() * 60 + t.getMinute();
        return windows.stream().anyMatch(w -> w.contains(minute));
    }

    /** The first instant at or after {@code ideal} outside every window (the ideal itself when it is callable). */
    public Instant firstCallable(Instant ideal, ZoneId zone) {
        ZonedDateTime t = ideal.atZone(zone);
        for (int i = 0; i <= 1440 && isQuiet(t.toInstant(), zone); i++) {
            int minute = t.getHour() * 60 + t.getMinute();
            int end = windows.stream().filter(w -> w.contains(minute)).mapToInt(Window::end).findFirst().orElse(minute);
            int forward = Math.floorMod(end - minute, 1440);
            t = t.plusMinutes(forward == 0 ? 1 : forward).withSecond(0).withNano(0);
        }
        return t.toInstant();
    }
}
