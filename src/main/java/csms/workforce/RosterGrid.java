package csms.workforce;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A team's roster for a month as a grid of people × days (WFM-5): the shift type per cell, the days each person is
 * on approved leave (not rosterable), the non-working days, and the version to save against (null: not saved yet).
 */
public record RosterGrid(long departmentId, String departmentName, YearMonth month, List<LocalDate> days,
        List<Person> people, Map<Long, Map<LocalDate, Long>> cells, Map<Long, Set<LocalDate>> leave,
        Set<LocalDate> offDays, List<ShiftType> shiftTypes, Long version, boolean copied) {

    public record Person(long id, String name) {
    }

    public Long cell(long userId, LocalDate day) {
        return cells.getOrDefault(userId, Map.of()).get(day);
    }

    public boolean onLeave(long userId, LocalDate day) {
        return leave.getOrDefault(userId, Set.of()).contains(day);
    }
}
