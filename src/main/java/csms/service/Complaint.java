package csms.service;

import csms.service.ComplaintSteps.Decision;
import csms.service.ComplaintSteps.FollowUp;
import csms.service.ComplaintSteps.Implementation;
import csms.service.ComplaintSteps.Investigation;
import csms.service.ComplaintSteps.Judgement;
import csms.service.ComplaintSteps.Summary;
import csms.shared.ConflictException;
import csms.shared.RuleViolation;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A complaint's closed loop 投诉处理闭环 (CMP-1 … CMP-7). Each step is a business verb that refuses to run out of
 * order (409) or without the fields the step requires (422), then moves the complaint to the next stage.
 */
@Entity
@Table(name = "complaint")
public class Complaint {

    @Id
    private Long requestId;

    @Enumerated(EnumType.STRING)
    private Severity severity;

    private boolean crisis;

    @Enumerated(EnumType.STRING)
    private ComplaintStage stage;

    private String complainant;
    private Instant receivedAt;
    private String content;
    private String customerWants;
    private Instant acknowledgedAt;

    private Boolean justified;
    private String explanation;
    private String customerReaction;
    private Long responsibleDepartmentId;
    private Instant investigationPromisedAt;
    private Instant judgedAt;
    private Long judgedBy;

    private String cause;
    @Enumerated(EnumType.STRING)
    private ProblemKind problemKind;
    private Long responsibleUserId;
    private String responsibleParty;
    private Long routedToId;
    private Instant investigatedAt;
    private Long investigatedBy;

    private Instant submittedAt;
    private Long approvedProposalId;
    private String approvalComment;
    private Instant approvedAt;
    private Long approvedBy;

    private String actionsTaken;
    private BigDecimal compensation;
    private String compensationNote;
    private Instant customerNotifiedAt;
    @Enumerated(EnumType.STRING)
    private ConfirmationMethod confirmationMethod;
    private Instant confirmedAt;
    private String signature;
    private String confirmationTokenHash;
    private Instant confirmationTokenExpiresAt;
    private String customerFeedback;
    private Instant implementedAt;
    private Long implementedBy;

    @Enumerated(EnumType.STRING)
    private ComplaintCategory category;
    private String rootCause;
    private Long summaryDepartmentId;
    private String improvement;
    private Instant summarisedAt;
    private Long summarisedBy;

    private Instant followUpAt;
    private Long followUpBy;
    private String followUpResult;
    @Enumerated(EnumType.STRING)
    private Satisfaction followUpSatisfaction;
    private Instant closedAt;

    @Version
    private long version;

    protected Complaint() {
    }

    /** CMP-1: accepted and acknowledged at registration; the complaint then waits for its judgement. */
    static Complaint accept(long requestId, RequestDraft draft, String content, Instant now) {
        Complaint c = new Complaint();
        c.requestId = requestId;
        c.severity = require("severity", draft.severity());
        c.crisis = draft.crisis();
        if (c.crisis && c.severity != Severity.MAJOR) {
            throw RuleViolation.onField("crisis", "complaint.crisis-needs-major");
        }
        c.complainant = require("complainant", draft.complainant());
        c.receivedAt = draft.receivedAt() == null ? now : draft.receivedAt();
        if (c.receivedAt.isAfter(now)) {
            throw RuleViolation.onField("receivedAt", "complaint.in-future");
        }
        c.content = require("description", content);
        c.customerWants = require("customerWants", draft.customerWants());
        c.acknowledgedAt = now;
        c.stage = ComplaintStage.JUDGEMENT;
        return c;
    }

    /** A major complaint that involves a serious error or a large loss becomes a crisis event (SVC-1). */
    void declareCrisis() {
        requireOpen();
        if (severity != Severity.MAJOR) {
            throw RuleViolation.onField("crisis", "complaint.crisis-needs-major");
        }
        if (crisis) {
            throw new ConflictException("complaint.already-crisis");
        }
        crisis = true;
    }

    /** CMP-2: justified → investigation (department and promised time required); not → summary (explanation). */
    void judge(Judgement j, long by, Instant now) {
        requireStage(ComplaintStage.JUDGEMENT);
        boolean isJustified = require("justified", j.justified());
        if (isJustified) {
            require("responsibleDepartmentId", j.responsibleDepartmentId());
            Instant promised = require("investigationPromisedAt", j.investigationPromisedAt());
            if (!promised.isAfter(now)) {
                throw RuleViolation.onField("investigationPromisedAt", "complaint.promise-in-past");
            }
        } else {
            require("explanation", j.explanation());
            require("customerReaction", j.customerReaction());
        }
        justified = isJustified;
        explanation = j.explanation();
        customerReaction = j.customerReaction();
        responsibleDepartmentId = isJustified ? j.responsibleDepartmentId() : null;
        investigationPromisedAt = isJustified ? j.investigationPromisedAt() : null;
        judgedAt = now;
        judgedBy = by;
        stage = isJustified ? ComplaintStage.INVESTIGATION : ComplaintStage.SUMMARY;
    }

    /** CMP-3: the cause and the responsible person or party; the problem is routed to its owner. */
    void investigate(Investigation i, long by, Instant now) {
        requireStage(ComplaintStage.INVESTIGATION);
        require("cause", i.cause());
        require("problemKind", i.problemKind());
        if (i.responsibleUserId() == null && i.responsibleParty() == null) {
            throw RuleViolation.onField("responsibleParty", "complaint.responsible-required");
        }
        require("routedToId", i.routedToId());
        cause = i.cause();
        problemKind = i.problemKind();
        responsibleUserId = i.responsibleUserId();
        responsibleParty = i.responsibleParty();
        routedToId = i.routedToId();
        investigatedAt = now;
        investigatedBy = by;
        stage = ComplaintStage.PROPOSAL;
    }

    /** Proposals may be added while the department works them out, and again after a rejection. */
    void requireProposalsOpen() {
        requireStage(ComplaintStage.PROPOSAL);
    }

    /** CMP-4: the proposals go to the supervisor; at least one is needed. */
    void submitProposals(int proposals, Instant now) {
        requireStage(ComplaintStage.PROPOSAL);
        if (proposals == 0) {
            throw RuleViolation.onField("proposals", "complaint.proposal-required");
        }
        submittedAt = now;
        stage = ComplaintStage.APPROVAL;
    }

    /** CMP-4: the supervisor approves one proposal with a comment; never a complaint about themself. */
    void approve(Decision d, long by, Instant now) {
        requireStage(ComplaintStage.APPROVAL);
        requireNotAbout(by);
        require("proposalId", d.proposalId());
        require("comment", d.comment());
        approvedProposalId = d.proposalId();
        approvalComment = d.comment();
        approvedAt = now;
        approvedBy = by;
        stage = ComplaintStage.IMPLEMENTATION;
    }

    /** CMP-4: the supervisor sends the proposals back with a comment; the department proposes again. */
    void reject(Decision d, long by) {
        requireStage(ComplaintStage.APPROVAL);
        requireNotAbout(by);
        require("comment", d.comment());
        approvalComment = d.comment();
        submittedAt = null;
        stage = ComplaintStage.PROPOSAL;
    }

    /** CMP-5: the customer's confirmation as a signature drawn on screen (a PNG data URL). */
    void confirmBySignature(String pngDataUrl, Instant now) {
        requireStage(ComplaintStage.IMPLEMENTATION);
        signature = pngDataUrl;
        confirmationMethod = ConfirmationMethod.SIGNATURE;
        confirmedAt = now;
        confirmationTokenHash = null;
    }

    /** CMP-5: a one-time confirmation link was sent; only the hash of its token is kept. */
    void awaitLinkConfirmation(String tokenHash, Instant expiresAt) {
        requireStage(ComplaintStage.IMPLEMENTATION);
        if (confirmedAt != null) {
            throw new ConflictException("complaint.already-confirmed");
        }
        confirmationTokenHash = tokenHash;
        confirmationTokenExpiresAt = expiresAt;
    }

    /** CMP-5: the customer opened the link in time and confirmed; the token cannot be used again. */
    void confirmByLink(Instant now) {
        if (stage != ComplaintStage.IMPLEMENTATION || confirmationTokenHash == null
                || confirmationTokenExpiresAt.isBefore(now)) {
            throw new ConflictException("complaint.link-invalid");
        }
        confirmationMethod = ConfirmationMethod.LINK;
        confirmedAt = now;
        confirmationTokenHash = null;
    }

    /** CMP-5: nothing is implemented without an approved solution; the customer must have confirmed. */
    void implement(Implementation i, long by, Instant now) {
        requireStage(ComplaintStage.IMPLEMENTATION);
        require("actionsTaken", i.actionsTaken());
        Instant notified = require("customerNotifiedAt", i.customerNotifiedAt());
        if (notified.isAfter(now)) {
            throw RuleViolation.onField("customerNotifiedAt", "complaint.in-future");
        }
        if (i.compensation() != null && i.compensation().signum() < 0) {
            throw RuleViolation.onField("compensation", "complaint.amount-negative");
        }
        if (confirmedAt == null) {
            throw RuleViolation.onField("confirmation", "complaint.confirmation-required");
        }
        require("customerFeedback", i.customerFeedback());
        actionsTaken = i.actionsTaken();
        compensation = i.compensation() == null ? null : i.compensation().setScale(2, java.math.RoundingMode.HALF_UP);
        compensationNote = i.compensationNote();
        customerNotifiedAt = notified;
        customerFeedback = i.customerFeedback();
        implementedAt = now;
        implementedBy = by;
        stage = ComplaintStage.SUMMARY;
    }

    /** CMP-6: classified, with the root cause, the department and the improvement measure. */
    void summarise(Summary s, long by, Instant now) {
        requireStage(ComplaintStage.SUMMARY);
        category = require("category", s.category());
        rootCause = require("rootCause", s.rootCause());
        summaryDepartmentId = require("departmentId", s.departmentId());
        improvement = require("improvement", s.improvement());
        summarisedAt = now;
        summarisedBy = by;
        stage = ComplaintStage.FOLLOW_UP;
    }

    /**
     * CMP-7: the follow-up visit closes the loop. An unsatisfied customer reopens the complaint: a justified one
     * goes back to investigation, an unjustified one back to judgement (VIS-8).
     */
    void recordFollowUp(FollowUp f, long by, Instant now) {
        requireStage(ComplaintStage.FOLLOW_UP);
        followUpResult = require("result", f.result());
        followUpSatisfaction = require("satisfaction", f.satisfaction());
        followUpAt = f.visitedAt() == null ? now : f.visitedAt();
        if (followUpAt.isAfter(now)) {
            throw RuleViolation.onField("visitedAt", "complaint.in-future");
        }
        followUpBy = by;
        if (followUpSatisfaction == Satisfaction.UNSATISFIED) {
            stage = Boolean.TRUE.equals(justified) ? ComplaintStage.INVESTIGATION : ComplaintStage.JUDGEMENT;
            approvedProposalId = null;
            confirmedAt = null;
            confirmationMethod = null;
            signature = null;
        } else {
            stage = ComplaintStage.CLOSED;
            closedAt = now;
        }
    }

    /** True when the user is the person the complaint is about (found responsible by the investigation). */
    public boolean isAbout(long userId) {
        return Objects.equals(responsibleUserId, userId);
    }

    private void requireNotAbout(long by) {
        if (isAbout(by)) {
            throw new ConflictException("complaint.approver-is-subject");
        }
    }

    private void requireOpen() {
        if (!stage.isOpen()) {
            throw new ConflictException("complaint.closed");
        }
    }

    void requireStage(ComplaintStage expected) {
        if (stage != expected) {
            throw new ConflictException("complaint.wrong-stage", label(expected), label(stage));
        }
    }

    /** A stage as a message argument that the message source translates ({@code complaint.stage.X}). */
    private static Object label(ComplaintStage stage) {
        return new org.springframework.context.support.DefaultMessageSourceResolvable(
                new String[] { "complaint.stage." + stage.name() }, stage.name());
    }

    private static <T> T require(String field, T value) {
        if (value == null) {
            throw RuleViolation.onField(field, "validation.required");
        }
        return value;
    }

    public Long getRequestId() { return requestId; }
    public Severity getSeverity() { return severity; }
    public boolean isCrisis() { return crisis; }
    public ComplaintStage getStage() { return stage; }
    public String getComplainant() { return complainant; }
    public Instant getReceivedAt() { return receivedAt; }
    public String getContent() { return content; }
    public String getCustomerWants() { return customerWants; }
    public Instant getAcknowledgedAt() { return acknowledgedAt; }
    public Boolean getJustified() { return justified; }
    public String getExplanation() { return explanation; }
    public String getCustomerReaction() { return customerReaction; }
    public Long getResponsibleDepartmentId() { return responsibleDepartmentId; }
    public Instant getInvestigationPromisedAt() { return investigationPromisedAt; }
    public Instant getJudgedAt() { return judgedAt; }
    public Long getJudgedBy() { return judgedBy; }
    public String getCause() { return cause; }
    public ProblemKind getProblemKind() { return problemKind; }
    public Long getResponsibleUserId() { return responsibleUserId; }
    public String getResponsibleParty() { return responsibleParty; }
    public Long getRoutedToId() { return routedToId; }
    public Instant getInvestigatedAt() { return investigatedAt; }
    public Long getInvestigatedBy() { return investigatedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Long getApprovedProposalId() { return approvedProposalId; }
    public String getApprovalComment() { return approvalComment; }
    public Instant getApprovedAt() { return approvedAt; }
    public Long getApprovedBy() { return approvedBy; }
    public String getActionsTaken() { return actionsTaken; }
    public BigDecimal getCompensation() { return compensation; }
    public String getCompensationNote() { return compensationNote; }
    public Instant getCustomerNotifiedAt() { return customerNotifiedAt; }
    public ConfirmationMethod getConfirmationMethod() { return confirmationMethod; }
    public Instant getConfirmedAt() { return confirmedAt; }
    public boolean hasSignature() { return signature != null; }
    public String getSignature() { return signature; }
    public boolean isAwaitingLinkConfirmation() { return confirmationTokenHash != null; }
    public Instant getConfirmationTokenExpiresAt() { return confirmationTokenExpiresAt; }
    public String getCustomerFeedback() { return customerFeedback; }
    public Instant getImplementedAt() { return implementedAt; }
    public Long getImplementedBy() { return implementedBy; }
    public ComplaintCategory getCategory() { return category; }
    public String getRootCause() { return rootCause; }
    public Long getSummaryDepartmentId() { return summaryDepartmentId; }
    public String getImprovement() { return improvement; }
    public Instant getSummarisedAt() { return summarisedAt; }
    public Long getSummarisedBy() { return summarisedBy; }
    public Instant getFollowUpAt() { return followUpAt; }
    public Long getFollowUpBy() { return followUpBy; }
    public String getFollowUpResult() { return followUpResult; }
    public Satisfaction getFollowUpSatisfaction() { return followUpSatisfaction; }
    public Instant getClosedAt() { return closedAt; }
    public long getVersion() { return version; }
}
