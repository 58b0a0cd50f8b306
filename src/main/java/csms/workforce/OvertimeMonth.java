package csms.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A person's approved overtime in a month (WFM-6), for pay: the hours on days that are not statutory holidays, and
 * the statutory-holiday days worked (holiday duty, paid per day, whatever the hours). Whether the hours reach the
 * month's threshold is the pay rule's question (PAY-7).
 */
public record OvertimeMonth(long userId, YearMonth month, BigDecimal hours, List<LocalDate> holidayDutyDays) {

    public OvertimeMonth {
        holidayDutyDays = List.copyOf(holidayDutyDays);
    }

    public int holidayDutyDayCount() {
        return holidayDutyDays.size();
    }
}
