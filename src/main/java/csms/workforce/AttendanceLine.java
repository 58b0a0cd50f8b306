package csms.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One person's day in the attendance list. */
public record AttendanceLine(long id, long userId, String person, Long departmentId, LocalDate day, int lateMinutes,
        int earlyLeaveMinutes, BigDecimal absenceDays, String note, long version) {
}
