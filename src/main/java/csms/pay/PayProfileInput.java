package csms.pay;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * An employee's pay profile as HR enters it: the post wage (yuan, to the fen), agent or other staff, the level (rank)
 * that sets the other-staff share and the comprehensive allowance, the hire date, and the first month out of the
 * trial period (null: never on trial). {@code version} is the version seen (null for a new profile).
 */
public record PayProfileInput(BigDecimal postWage, PayKind kind, StaffLevel level, LocalDate hiredOn,
        YearMonth trialUntil, Long version) {
}
