package csms.system.calendar.web;

import csms.system.calendar.CalendarDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The calendar days of one month, for the year page. */
record MonthDays(YearMonth month, List<CalendarDay> days) {

    /** Groups days (in date order) by month; months without days are left out. */
    static List<MonthDays> of(List<CalendarDay> days) {
        Map<YearMonth, List<CalendarDay>> byMonth = new TreeMap<>();
        for (CalendarDay d : days) {
            byMonth.computeIfAbsent(YearMonth.from(d.date()), m -> new ArrayList<>()).add(d);
        }
        return byMonth.entrySet().stream().map(e -> new MonthDays(e.getKey(), List.copyOf(e.getValue()))).toList();
    }
}
