package csms.visit;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.shared.RuleViolation;
import csms.visit.internal.VisitQuestionRepository;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The questionnaire of each visit kind (VIS-3): supervisors replace a kind's questions as a whole; a visit is short,
 * so at most {@value #MAX_QUESTIONS} questions (VIS-7). Answers already given keep the wording they were given to.
 */
@Service
public class Questionnaires {

    public static final int MAX_QUESTIONS = 5;

    /** A question as the supervisor writes it. */
    public record QuestionDefinition(String text, AnswerType type) {
    }

    private final VisitQuestionRepository questions;
    private final AuditTrail audit;

    Questionnaires(VisitQuestionRepository questions, AuditTrail audit) {
        this.questions = questions;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public List<VisitQuestion> of(VisitKind kind) {
        return questions.findByKindOrderByPosition(kind);
    }

    /** Replaces the kind's questions; blank rows are dropped; more than five, too long or without a type is 422. */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public List<VisitQuestion> replace(VisitKind kind, List<QuestionDefinition> definitions) {
        List<QuestionDefinition> kept = definitions.stream()
                .filter(d -> d != null && d.text() != null && !d.text().isBlank()).toList();
        if (kept.size() > MAX_QUESTIONS) {
            throw RuleViolation.onField("questions", "visit.questions-too-many", MAX_QUESTIONS);
        }
        for (int i = 0; i < kept.size(); i++) {
            if (kept.get(i).text().strip().length() > VisitQuestion.TEXT_MAX) {
                throw RuleViolation.onField("questions[" + i + "].text", "visit.text-length", VisitQuestion.TEXT_MAX);
            }
            if (kept.get(i).type() == null) {
                throw RuleViolation.onField("questions[" + i + "].type", "validation.required");
            }
        }
        String before = describe(questions.findByKindOrderByPosition(kind));
        questions.deleteByKind(kind);
        questions.flush();
        for (int i = 0; i < kept.size(); i++) {
            questions.save(new VisitQuestion(kind, i + 1, kept.get(i).text().strip(), kept.get(i).type()));
        }
        questions.flush();
        List<VisitQuestion> now = questions.findByKindOrderByPosition(kind);
        audit.record("visit.questions-changed", "VisitQuestionnaire", kind.name(), kind.name(),
                Changes.none().field("questions", before, describe(now)));
        return now;
    }

    private static String describe(List<VisitQuestion> list) {
        return String.join(" / ", list.stream().map(q -> q.getText() + " (" + q.getAnswerType() + ")").toList());
    }
}
