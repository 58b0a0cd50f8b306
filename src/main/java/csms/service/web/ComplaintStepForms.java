package csms.service.web;

import static csms.service.web.RequestPageForms.instant;

import csms.service.ComplaintCategory;
import csms.service.ComplaintSteps.Decision;
import csms.service.ComplaintSteps.Implementation;
import csms.service.ComplaintSteps.Investigation;
import csms.service.ComplaintSteps.Judgement;
import csms.service.ComplaintSteps.Penalty;
import csms.service.ComplaintSteps.Proposal;
import csms.service.ComplaintSteps.Summary;
import csms.service.CustomerNotifier;
import csms.service.PenaltyMeasure;
import csms.service.ProblemKind;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The complaint loop's step forms as the request page binds them (CMP-2 … CMP-7), each turned into the step's
 * command; the loop itself checks the required fields and names the missing one.
 */
public final class ComplaintStepForms {

    /** The implement form's single penalty row is the command's first penalty. */
    static final Map<String, String> PENALTY_FIELDS = Map.of("penalties[0].userId", "penaltyUserId",
            "penalties[0].measure", "penaltyMeasure", "penalties[0].amount", "penaltyAmount",
            "penalties[0].reason", "penaltyReason");

    private ComplaintStepForms() {
    }

    /** CMP-2: justified (department, promised investigation time) or not (explanation, customer's reaction). */
    public static class JudgeForm {
        private Boolean justified;
        private String explanation;
        private String customerReaction;
        private Long responsibleDepartmentId;
        @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
        private LocalDateTime investigationPromisedAt;

        Judgement toStep(ZoneId zone) {
            return new Judgement(justified, explanation, customerReaction, responsibleDepartmentId,
                    instant(investigationPromisedAt, zone));
        }

        public Boolean getJustified() { return justified; }
        public void setJustified(Boolean justified) { this.justified = justified; }
        public String getExplanation() { return explanation; }
        public void setExplanation(String explanation) { this.explanation = explanation; }
        public String getCustomerReaction() { return customerReaction; }
        public void setCustomerReaction(String customerReaction) { this.customerReaction = customerReaction; }
        public Long getResponsibleDepartmentId() { return responsibleDepartmentId; }
        public void setResponsibleDepartmentId(Long id) { this.responsibleDepartmentId = id; }
        public LocalDateTime getInvestigationPromisedAt() { return investigationPromisedAt; }
        public void setInvestigationPromisedAt(LocalDateTime at) { this.investigationPromisedAt = at; }
    }

    /** CMP-3: cause, who is responsible, where the problem goes. */
    public static class InvestigateForm {
        private String cause;
        private ProblemKind problemKind;
        private Long responsibleUserId;
        private String responsibleParty;
        private Long routedToId;

        Investigation toStep() {
            return new Investigation(cause, problemKind, responsibleUserId, responsibleParty, routedToId);
        }

        public String getCause() { return cause; }
        public void setCause(String cause) { this.cause = cause; }
        public ProblemKind getProblemKind() { return problemKind; }
        public void setProblemKind(ProblemKind problemKind) { this.problemKind = problemKind; }
        public Long getResponsibleUserId() { return responsibleUserId; }
        public void setResponsibleUserId(Long responsibleUserId) { this.responsibleUserId = responsibleUserId; }
        public String getResponsibleParty() { return responsibleParty; }
        public void setResponsibleParty(String responsibleParty) { this.responsibleParty = responsibleParty; }
        public Long getRoutedToId() { return routedToId; }
        public void setRoutedToId(Long routedToId) { this.routedToId = routedToId; }
    }

    /** CMP-4: one proposed solution with its cost. */
    public static class ProposalForm {
        private String description;
        private BigDecimal cost;
        private Long departmentId;

        Proposal toStep() {
            return new Proposal(description, cost, departmentId);
        }

        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public BigDecimal getCost() { return cost; }
        public void setCost(BigDecimal cost) { this.cost = cost; }
        public Long getDepartmentId() { return departmentId; }
        public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
    }

    /** CMP-4: the supervisor's choice and comment 批示. */
    public static class DecisionForm {
        private Long proposalId;
        private String comment;

        Decision toStep() {
            return new Decision(proposalId, comment);
        }

        public Long getProposalId() { return proposalId; }
        public void setProposalId(Long proposalId) { this.proposalId = proposalId; }
        public String getComment() { return comment; }
        public void setComment(String comment) { this.comment = comment; }
    }

    /** CMP-5: what was done, compensation, when the customer was told, feedback, and one optional penalty. */
    public static class ImplementForm {
        private String actionsTaken;
        private BigDecimal compensation;
        private String compensationNote;
        @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
        private LocalDateTime customerNotifiedAt;
        private String customerFeedback;
        private Long penaltyUserId;
        private PenaltyMeasure penaltyMeasure;
        private BigDecimal penaltyAmount;
        private String penaltyReason;

        Implementation toStep(ZoneId zone) {
            boolean penalty = penaltyUserId != null || penaltyMeasure != null || penaltyAmount != null
                    || (penaltyReason != null && !penaltyReason.isBlank());
            return new Implementation(actionsTaken, compensation, compensationNote, instant(customerNotifiedAt, zone),
                    customerFeedback, penalty ? List.of(new Penalty(penaltyUserId, penaltyMeasure, penaltyAmount,
                            penaltyReason)) : List.of());
        }

        public String getActionsTaken() { return actionsTaken; }
        public void setActionsTaken(String actionsTaken) { this.actionsTaken = actionsTaken; }
        public BigDecimal getCompensation() { return compensation; }
        public void setCompensation(BigDecimal compensation) { this.compensation = compensation; }
        public String getCompensationNote() { return compensationNote; }
        public void setCompensationNote(String compensationNote) { this.compensationNote = compensationNote; }
        public LocalDateTime getCustomerNotifiedAt() { return customerNotifiedAt; }
        public void setCustomerNotifiedAt(LocalDateTime at) { this.customerNotifiedAt = at; }
        public String getCustomerFeedback() { return customerFeedback; }
        public void setCustomerFeedback(String customerFeedback) { this.customerFeedback = customerFeedback; }
        public Long getPenaltyUserId() { return penaltyUserId; }
        public void setPenaltyUserId(Long penaltyUserId) { this.penaltyUserId = penaltyUserId; }
        public PenaltyMeasure getPenaltyMeasure() { return penaltyMeasure; }
        public void setPenaltyMeasure(PenaltyMeasure penaltyMeasure) { this.penaltyMeasure = penaltyMeasure; }
        public BigDecimal getPenaltyAmount() { return penaltyAmount; }
        public void setPenaltyAmount(BigDecimal penaltyAmount) { this.penaltyAmount = penaltyAmount; }
        public String getPenaltyReason() { return penaltyReason; }
        public void setPenaltyReason(String penaltyReason) { this.penaltyReason = penaltyReason; }
    }

    /** CMP-5: the customer's signature drawn on the page, as a PNG data URL (signature.js fills it in). */
    public static class SignatureForm {
        private String signature;

        public String getSignature() { return signature; }
        public void setSignature(String signature) { this.signature = signature; }
    }

    /** CMP-5: the one-time confirmation link goes to the customer's email or mobile. */
    public static class LinkForm {
        private CustomerNotifier.Medium medium = CustomerNotifier.Medium.SMS;
        private String address;

        public CustomerNotifier.Medium getMedium() { return medium; }
        public void setMedium(CustomerNotifier.Medium medium) { this.medium = medium; }
        public String getAddress() { return address; }
        public void setAddress(String address) { this.address = address; }
    }

    /** CMP-6: classification, root cause, department, improvement measure. */
    public static class SummaryForm {
        private ComplaintCategory category;
        private String rootCause;
        private Long departmentId;
        private String improvement;

        Summary toStep() {
            return new Summary(category, rootCause, departmentId, improvement);
        }

        public ComplaintCategory getCategory() { return category; }
        public void setCategory(ComplaintCategory category) { this.category = category; }
        public String getRootCause() { return rootCause; }
        public void setRootCause(String rootCause) { this.rootCause = rootCause; }
        public Long getDepartmentId() { return departmentId; }
        public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
        public String getImprovement() { return improvement; }
        public void setImprovement(String improvement) { this.improvement = improvement; }
    }
}
