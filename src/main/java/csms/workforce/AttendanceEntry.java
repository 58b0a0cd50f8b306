package csms.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A day's attendance as entered or imported (WFM-2); empty figures count as zero. */
public record AttendanceEntry(Long userId, LocalDate day, Integer lateMinutes, Integer earlyLeaveMinutes,
        BigDecimal absenceDays, String note) {
}
