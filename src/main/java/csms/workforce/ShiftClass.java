package csms.workforce;

import java.time.LocalTime;

/**
 * Day, night or late-night shift (WFM-5, PAY-7). The requirement's decision: a late-night shift ends after 02:00, a
 * night shift ends after 22:00 and by 02:00, any other is a day shift. An end at or before the start is on the next
 * day. A shift that does not cross midnight but is at work at 02:00 and later (00:00–03:00) is late night too; one
 * that starts after 02:00 and ends by 22:00 (05:00–13:00) is a day shift.
 */
public enum ShiftClass {
    DAY, NIGHT, LATE_NIGHT;

    private static final LocalTime TWO = LocalTime.of(2, 0);
    private static final LocalTime TWENTY_TWO = LocalTime.of(22, 0);

    public static ShiftClass of(LocalTime start, LocalTime end) {
        boolean nextDay = !end.isAfter(start);
        if (nextDay) {
            return end.isAfter(TWO) ? LATE_NIGHT : NIGHT;
        }
        if (start.isBefore(TWO) && end.isAfter(TWO)) {
            return LATE_NIGHT;
        }
        return end.isAfter(TWENTY_TWO) ? NIGHT : DAY;
    }
}
