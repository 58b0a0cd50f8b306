package csms.visit.web;

import csms.service.Satisfaction;
import csms.visit.VisitOutcome;
import csms.visit.VisitRecord;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** The visit screen's outcome form, bound from the page (answers in the questionnaire's order). */
class VisitForm {

    private VisitOutcome outcome;
    private Satisfaction satisfaction;
    private List<String> answers = new ArrayList<>();
    private String note;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime callBackAt;
    private boolean customerAsked;
    private Long version;

    VisitRecord toRecord() {
        return new VisitRecord(outcome, satisfaction, answers, note, callBackAt, customerAsked, version);
    }

    public VisitOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(VisitOutcome outcome) {
        this.outcome = outcome;
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

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LocalDateTime getCallBackAt() {
        return callBackAt;
    }

    public void setCallBackAt(LocalDateTime callBackAt) {
        this.callBackAt = callBackAt;
    }

    public boolean isCustomerAsked() {
        return customerAsked;
    }

    public void setCustomerAsked(boolean customerAsked) {
        this.customerAsked = customerAsked;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
