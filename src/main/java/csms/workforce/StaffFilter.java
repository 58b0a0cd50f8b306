package csms.workforce;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

/** The filters of the monthly staff lists (attendance, overtime, discipline): the month, a team, a person. */
public record StaffFilter(YearMonth month, Long departmentId, Long userId) {

    public StaffFilter {
        if (month == null) {
            throw new IllegalArgumentException("month");
        }
    }

    LocalDate from() {
        return month.atDay(1);
    }

    /** The first day after the month. */
    LocalDate to() {
        return month.plusMonths(1).atDay(1);
    }

    /** The reach's teams for an {@code in} clause, never empty (no id is negative). */
    static Set<Long> teams(StaffReach reach) {
        return reach.teams().isEmpty() ? Set.of(-1L) : reach.teams();
    }

    /** For the audit of an export. */
    public String summary() {
        return "month=" + month + (departmentId == null ? "" : ", department=" + departmentId)
                + (userId == null ? "" : ", user=" + userId);
    }
}
