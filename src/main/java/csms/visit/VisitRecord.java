package csms.visit;

import csms.service.Satisfaction;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the agent records after a call: the outcome; when reached the satisfaction and the answers in the
 * questionnaire's order (a score 1–5 or a text); when the customer is busy the agreed time (organisation's clock)
 * and whether the customer asked for that time even though it is in quiet hours. {@code version} is the visit's
 * version the agent saw.
 */
public record VisitRecord(VisitOutcome outcome, Satisfaction satisfaction, List<String> answers, String note,
        LocalDateTime callBackAt, boolean customerAsked, Long version) {

    public VisitRecord {
        answers = answers == null ? List.of() : answers.stream().map(VisitRecord::strip).toList();
        note = strip(note);
    }

    static String strip(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
