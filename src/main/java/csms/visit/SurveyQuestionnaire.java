package csms.visit;

import java.time.Instant;
import java.util.List;

/** What the customer's questionnaire page shows: who asks, the visit kind's questions, until when it is open. */
public record SurveyQuestionnaire(String organisation, VisitKind kind, List<VisitQuestion> questions,
        Instant expiresAt) {
}
