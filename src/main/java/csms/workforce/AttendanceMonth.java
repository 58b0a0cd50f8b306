package csms.workforce;

import java.math.BigDecimal;
import java.time.YearMonth;

/** A person's attendance in a month (WFM-2), for pay: how often and how long late or gone early, days absent. */
public record AttendanceMonth(long userId, YearMonth month, int lateTimes, int lateMinutes, int earlyLeaveTimes,
        int earlyLeaveMinutes, BigDecimal absenceDays) {
}
