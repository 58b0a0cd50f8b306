package csms.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A question of a visit kind's questionnaire (VIS-3), answered as a score or a text. */
@Entity
@Table(name = "visit_question")
public class VisitQuestion {

    public static final int TEXT_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VisitKind kind;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer_type", nullable = false)
    private AnswerType answerType;

    protected VisitQuestion() {
    }

    VisitQuestion(VisitKind kind, int position, String text, AnswerType answerType) {
        this.kind = kind;
        this.position = position;
        this.text = text;
        this.answerType = answerType;
    }

    public Long getId() {
        return id;
    }

    public VisitKind getKind() {
        return kind;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public AnswerType getAnswerType() {
        return answerType;
    }
}
