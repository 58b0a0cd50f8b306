package csms.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One overtime entry in the list, with whether its day is statutory holiday duty (from the business calendar) and
 * whether the signed-in user may approve or reject it.
 */
public record OvertimeLine(long id, long userId, String person, LocalDate day, BigDecimal hours, boolean holiday,
        String holidayName, OvertimeStatus status, String reason, long version, boolean mayDecide) {
}
