package csms.workforce;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * A team's month of approved leave (WFM-1): one line per member, per day the halves away (0 present, 1 half a day,
 * 2 the whole day), and which days are not working days.
 */
public record TeamCalendar(long departmentId, String departmentName, YearMonth month, List<LocalDate> days,
        List<Line> lines, java.util.Set<LocalDate> offDays) {

    public record Line(long userId, String name, Map<LocalDate, Integer> halvesAway) {

        public int away(LocalDate day) {
            return halvesAway.getOrDefault(day, 0);
        }
    }
}
