package csms.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A complaint's loop as far as it has come, with the proposals and penalties; the signature is served apart. */
public record ComplaintView(Severity severity, boolean crisis, ComplaintStage stage, String complainant,
        Instant receivedAt, String content, String customerWants, Instant acknowledgedAt,
        Boolean justified, String explanation, String customerReaction, Long responsibleDepartmentId,
        Instant investigationPromisedAt, Instant judgedAt,
        String cause, ProblemKind problemKind, Long responsibleUserId, String responsibleParty, Long routedToId,
        Instant investigatedAt,
        List<ProposalView> proposals, Instant submittedAt, Long approvedProposalId, String approvalComment,
        Instant approvedAt, Long approvedBy,
        String actionsTaken, BigDecimal compensation, String compensationNote, Instant customerNotifiedAt,
        ConfirmationMethod confirmationMethod, Instant confirmedAt, boolean awaitingLinkConfirmation,
        String customerFeedback, List<PenaltyView> penalties, Instant implementedAt,
        ComplaintCategory category, String rootCause, Long summaryDepartmentId, String improvement,
        Instant summarisedAt, String followUpResult, Satisfaction followUpSatisfaction, Instant followUpAt,
        Instant closedAt, long version) {

    /** A proposed solution; {@code approved} marks the one the supervisor chose. */
    public record ProposalView(long id, String description, BigDecimal cost, Long departmentId, long proposedBy,
            Instant proposedAt, boolean approved) {
    }

    /** A penalty recorded against a staff member. */
    public record PenaltyView(long id, long userId, PenaltyMeasure measure, BigDecimal amount, String reason,
            Instant recordedAt) {
    }

    static ComplaintView of(Complaint c, List<ComplaintProposal> proposals, List<ComplaintPenalty> penalties) {
        return new ComplaintView(c.getSeverity(), c.isCrisis(), c.getStage(), c.getComplainant(), c.getReceivedAt(),
                c.getContent(), c.getCustomerWants(), c.getAcknowledgedAt(), c.getJustified(), c.getExplanation(),
                c.getCustomerReaction(), c.getResponsibleDepartmentId(), c.getInvestigationPromisedAt(),
                c.getJudgedAt(), c.getCause(), c.getProblemKind(), c.getResponsibleUserId(),
                c.getResponsibleParty(), c.getRoutedToId(), c.getInvestigatedAt(),
                proposals.stream().map(p -> new ProposalView(p.getId(), p.getDescription(), p.getCost(),
                        p.getDepartmentId(), p.getProposedBy(), p.getProposedAt(),
                        p.getId().equals(c.getApprovedProposalId()))).toList(),
                c.getSubmittedAt(), c.getApprovedProposalId(), c.getApprovalComment(), c.getApprovedAt(),
                c.getApprovedBy(), c.getActionsTaken(), c.getCompensation(), c.getCompensationNote(),
                c.getCustomerNotifiedAt(), c.getConfirmationMethod(), c.getConfirmedAt(),
                c.isAwaitingLinkConfirmation(), c.getCustomerFeedback(),
                penalties.stream().map(p -> new PenaltyView(p.getId(), p.getUserId(), p.getMeasure(), p.getAmount(),
                        p.getReason(), p.getRecordedAt())).toList(),
                c.getImplementedAt(), c.getCategory(), c.getRootCause(), c.getSummaryDepartmentId(),
                c.getImprovement(), c.getSummarisedAt(), c.getFollowUpResult(), c.getFollowUpSatisfaction(),
                c.getFollowUpAt(), c.getClosedAt(), c.getVersion());
    }
}
