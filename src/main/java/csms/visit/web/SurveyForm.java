package csms.visit.web;

import csms.service.Satisfaction;
import csms.visit.SurveyAnswers;
import java.util.ArrayList;
import java.util.List;

/** The customer's questionnaire form, bound from the public page (answers in the questionnaire's order). */
class SurveyForm {

    private Satisfaction satisfaction;
    private List<String> answers = new ArrayList<>();
    private String comment;

    SurveyAnswers toAnswers() {
        return new SurveyAnswers(satisfaction, answers, comment);
    }

    /** The answer given to question {@code index}, for re-rendering; empty when none. */
    public String answer(int index) {
        return index < answers.size() && answers.get(index) != null ? answers.get(index) : "";
    }

    public Satisfaction getSatisfaction() {
        return satisfaction;
    }

    public void setSatisfaction(Satisfaction satisfaction) {
        this.satisfaction = satisfaction;
    }

    public List<String> getAnswers() {
        return answers;
    }

    public void setAnswers(List<String> answers) {
        this.answers = answers;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
