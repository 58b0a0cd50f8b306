package csms.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A breach as the supervisor records it (WFM-7): whose, when, what happened, the evidence (text or a reference to
 * an attachment), severity, measure, and for a fine or bonus deduction the amount in yuan (to the fen).
 */
public record NewBreach(Long userId, LocalDate day, String description, String evidence, BreachSeverity severity,
        DisciplineMeasure measure, BigDecimal amount) {
}
