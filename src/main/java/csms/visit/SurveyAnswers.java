package csms.visit;

import csms.service.Satisfaction;
import java.util.List;

/** What the customer fills in: overall satisfaction, the answers in the questionnaire's order, an optional comment. */
public record SurveyAnswers(Satisfaction satisfaction, List<String> answers, String comment) {

    public SurveyAnswers {
        answers = answers == null ? List.of() : answers.stream().map(VisitRecord::strip).toList();
        comment = VisitRecord.strip(comment);
    }
}
