package csms.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Overtime as entered (WFM-6): whose, which day, how many hours (half-hour steps), why. */
public record OvertimeRequest(Long userId, LocalDate day, BigDecimal hours, String reason) {
}
