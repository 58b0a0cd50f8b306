package csms.workforce;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * For the pay sheet (PAY-7, PAY-8): a person's month from the roster and leave. Shifts are counted by the class each
 * cell had when the roster was saved. {@code daysInTeam} is the days of the month the person belonged to a team (the
 * dated team history, {@link TeamHistory}; zero without a team) out of
 * {@code daysInMonth}, for pro-rata figures. {@code leaveDays} are the working days of approved leave in the month.
 */
public record ShiftMonth(long userId, YearMonth month, int dayShifts, int nightShifts, int lateNightShifts,
        int daysInTeam, int daysInMonth, BigDecimal leaveDays) {
}
