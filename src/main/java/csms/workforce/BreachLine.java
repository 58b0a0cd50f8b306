package csms.workforce;

import csms.shared.Money;
import java.time.LocalDate;

/**
 * A breach in a list, with the person's breaches in the rule's window and whether that many propose dismissal. The
 * amount is {@code null} for a reader who may not see the person's pay figures (and for measures without amount).
 */
public record BreachLine(long id, long userId, String person, LocalDate day, String description, String evidence,
        BreachSeverity severity, DisciplineMeasure measure, Money amount, Long requestId, long repeats,
        boolean proposeDismissal) {
}
