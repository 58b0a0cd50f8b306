package csms.workforce;

import java.time.LocalDate;

/** Who is on duty on a day, in a team (WFM-3). */
public record DutyDay(LocalDate day, long departmentId, String team, long userId, String person) {
}
