package csms.service.web;

import csms.service.TimelineKind;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.Instant;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The request page's own forms as the page binds them (SVC-3, SVC-5 … SVC-8): a failed one is shown again with
 * what the user typed. The request's version is not part of a form: the page always sends the version it shows.
 */
public final class RequestPageForms {

    private RequestPageForms() {
    }

    static Instant instant(LocalDateTime local, ZoneId zone) {
        return local == null ? null : local.atZone(zone).toInstant();
    }

    /** A note, a call or an email record on the timeline; notes may be internal. */
    public static class EntryForm {
        private TimelineKind kind = TimelineKind.NOTE;
        private String text;
        private boolean internal = true;
        private boolean closing;

        public TimelineKind getKind() { return kind; }
        public void setKind(TimelineKind kind) { this.kind = kind; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public boolean isInternal() { return internal; }
        public void setInternal(boolean internal) { this.internal = internal; }
        /** A reply that ends the conversation: the reply check also expects a closing (再见). */
        public boolean isClosing() { return closing; }
        public void setClosing(boolean closing) { this.closing = closing; }
    }

    /** Where the request goes: an agent, or a team's queue when no agent is chosen. */
    public static class AssignForm {
        private Long departmentId;
        private Long assigneeId;

        public Long getDepartmentId() { return departmentId; }
        public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
        public Long getAssigneeId() { return assigneeId; }
        public void setAssigneeId(Long assigneeId) { this.assigneeId = assigneeId; }
    }

    /** Why the request is escalated or reopened. */
    public static class ReasonForm {
        private String reason;

        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }

    /** The answer that resolves a consultation or query. */
    public static class AnswerForm {
        private String answer;

        public String getAnswer() { return answer; }
        public void setAnswer(String answer) { this.answer = answer; }
    }

    /** A promise to the customer with its due time (SVC-6). */
    public static class PromiseForm {
        private String description;
        @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
        private LocalDateTime dueAt;

        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public LocalDateTime getDueAt() { return dueAt; }
        public void setDueAt(LocalDateTime dueAt) { this.dueAt = dueAt; }
    }

    /** A question of the call record sheet referred to a department (SVC-3). */
    public static class ReferralForm {
        private String question;
        private Long departmentId;

        public String getQuestion() { return question; }
        public void setQuestion(String question) { this.question = question; }
        public Long getDepartmentId() { return departmentId; }
        public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
    }
}
