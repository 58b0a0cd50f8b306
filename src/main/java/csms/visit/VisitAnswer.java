package csms.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One answer of the questionnaire, with the question's wording at the time of the visit (VIS-3). */
@Embeddable
public class VisitAnswer {

    @Column(nullable = false)
    private String question;

    private Integer score;

    @Column(name = "answer_text")
    private String text;

    protected VisitAnswer() {
    }

    public VisitAnswer(String question, Integer score, String text) {
        this.question = question;
        this.score = score;
        this.text = text;
    }

    public String getQuestion() {
        return question;
    }

    public Integer getScore() {
        return score;
    }

    public String getText() {
        return text;
    }
}
