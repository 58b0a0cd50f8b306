package csms.workforce;

import csms.system.calendar.WorkingSchedule;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A leave period in half days: from the morning (AM) or the afternoon (PM) of the first day to noon (AM) or the end
 * (PM) of the last day, both included. Its length counts working days of the business calendar only (weekends and
 * holidays left out, 调休 working days in), each half a day 0.5.
 */
public record LeavePeriod(LocalDate startDate, HalfDay startHalf, LocalDate endDate, HalfDay endHalf) {

    /** True when the period ends at or after it starts (a single morning: start AM, end AM on the same day). */
    public boolean isOrdered() {
        return startSlot() <= endSlot();
    }

    /** Working days in the period, in halves. */
    public BigDecimal workingDays(WorkingSchedule calendar) {
        int halves = 0;
        for (LocalDate d = startDate; !d.isAfter(endDate); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                halves += halvesOn(d);
            }
        }
        return BigDecimal.valueOf(halves, 0).divide(BigDecimal.valueOf(2)).setScale(1);
    }

    /** 0, 1 or 2: how many halves of the day the period covers. */
    public int halvesOn(LocalDate day) {
        if (day.isBefore(startDate) || day.isAfter(endDate)) {
            return 0;
        }
        int halves = 2;
        if (day.equals(startDate) && startHalf == HalfDay.PM) {
            halves--;
        }
        if (day.equals(endDate) && endHalf == HalfDay.AM) {
            halves--;
        }
        return Math.max(halves, 0);
    }

    /** True when the periods share at least one half day. */
    public boolean overlaps(LeavePeriod other) {
        return startSlot() <= other.endSlot() && other.startSlot() <= endSlot();
    }

    private long startSlot() {
        return startDate.toEpochDay() * 2 + (startHalf == HalfDay.PM ? 1 : 0);
    }

    private long endSlot() {
        return endDate.toEpochDay() * 2 + (endHalf == HalfDay.PM ? 1 : 0);
    }
}
