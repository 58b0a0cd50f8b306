package csms.service;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.service.ComplaintSteps.Decision;
import csms.service.ComplaintSteps.FollowUp;
import csms.service.ComplaintSteps.Implementation;
import csms.service.ComplaintSteps.Investigation;
import csms.service.ComplaintSteps.Judgement;
import csms.service.ComplaintSteps.Penalty;
import csms.service.ComplaintSteps.Proposal;
import csms.service.ComplaintSteps.Summary;
import csms.service.internal.ComplaintPenaltyRepository;
import csms.service.internal.ComplaintProposalRepository;
import csms.service.internal.ComplaintRepository;
import csms.service.internal.ServiceRequestRepository;
import csms.shared.ConflictException;
import csms.shared.RuleViolation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complaint closed loop (CMP-2 … CMP-7) as the agent and the supervisor walk it: each call runs one step on
 * the expected version (stale → 409), refuses a step out of order (409) or without its required fields (422),
 * sets the next step's deadline (CMP-8), and writes the timeline and the audit trail.
 */
@Service
public class ComplaintLoop {

    private final ServiceRequestRepository requests;
    private final ComplaintRepository complaints;
    private final ComplaintProposalRepository proposals;
    private final ComplaintPenaltyRepository penalties;
    private final RequestLookup lookup;
    private final StepDeadlines deadlines;
    private final Timeline timeline;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ComplaintLoop(ServiceRequestRepository requests, ComplaintRepository complaints,
            ComplaintProposalRepository proposals, ComplaintPenaltyRepository penalties, RequestLookup lookup,
            StepDeadlines deadlines, Timeline timeline, AuditTrail audit, ApplicationEventPublisher events,
            Clock clock) {
        this.requests = requests;
        this.complaints = complaints;
        this.proposals = proposals;
        this.penalties = penalties;
        this.lookup = lookup;
        this.deadlines = deadlines;
        this.timeline = timeline;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** CMP-2: judged justified (investigation due when promised) or not (straight to the summary). */
    @Transactional
    public RequestDetails judge(long id, Judgement judgement, long expectedVersion) {
        return step(id, expectedVersion, false, (c, by, now) -> c.judge(judgement, by, now), "complaint.judged");
    }

    /** CMP-3: cause, responsibility and routing recorded; proposals are next. */
    @Transactional
    public RequestDetails investigate(long id, Investigation investigation, long expectedVersion) {
        return step(id, expectedVersion, false, (c, by, now) -> c.investigate(investigation, by, now),
                "complaint.investigated");
    }

    /** CMP-4: adds a proposed solution with its cost while the complaint waits for proposals. */
    @Transactional
    public RequestDetails propose(long id, Proposal proposal) {
        return propose(id, proposal, null);
    }

    /** The same, refused as stale (409) when an expected version is given and the request changed since. */
    @Transactional
    public RequestDetails propose(long id, Proposal proposal, Long expectedVersion) {
        RequestAccess access = lookup.access();
        ServiceRequest r = lookup.visible(id, access);
        access.requireWork(r);
        requireVersion(r, expectedVersion);
        Complaint c = complaintOf(r);
        c.requireProposalsOpen();
        if (proposal.description() == null || proposal.description().length() > 2000) {
            throw RuleViolation.onField("description", "service.text-length", 2000);
        }
        BigDecimal cost = proposal.cost();
        if (cost == null) {
            throw RuleViolation.onField("cost", "validation.required");
        }
        if (cost.signum() < 0 || cost.scale() > 2 || cost.compareTo(new BigDecimal("9999999999.99")) > 0) {
            throw RuleViolation.onField("cost", "complaint.amount-invalid");
        }
        Instant now = Instant.now(clock);
        ComplaintProposal p = proposals.save(new ComplaintProposal(id, proposal.description(),
                cost.setScale(2, RoundingMode.UNNECESSARY), proposal.departmentId(), access.viewerId(), now));
        r.touch(now);
        requests.saveAndFlush(r);
        timeline.add(id, access.viewerId(), TimelineKind.PROPOSAL, p.getDescription(), p.getCost().toPlainString());
        audit.record("complaint.proposed", RequestLookup.SUBJECT, id, r.getSubject(),
                Changes.none().field("proposal", null, p.getDescription()).field("cost", null, p.getCost()));
        return lookup.details(r, access);
    }

    /** CMP-4: the proposals go to the supervisor for approval. */
    @Transactional
    public RequestDetails submitForApproval(long id, long expectedVersion) {
        return step(id, expectedVersion, false, (c, by, now) -> c.submitProposals(proposals.countByRequestId(id), now),
                "complaint.submitted");
    }

    /**
     * CMP-4: the supervisor approves one of the proposals with a comment. Two supervisors at once: one wins, the
     * other gets 409. A supervisor found responsible for the complaint may not approve it.
     */
    @Transactional
    public RequestDetails approve(long id, Decision decision, long expectedVersion) {
        if (decision.proposalId() != null && proposals.findById(decision.proposalId())
                .filter(p -> p.getRequestId() == id).isEmpty()) {
            throw RuleViolation.onField("proposalId", "complaint.proposal-unknown");
        }
        return step(id, expectedVersion, true, (c, by, now) -> c.approve(decision, by, now), "complaint.approved");
    }

    /** CMP-4: the supervisor sends the proposals back with a comment. */
    @Transactional
    public RequestDetails reject(long id, Decision decision, long expectedVersion) {
        return step(id, expectedVersion, true, (c, by, now) -> c.reject(decision, by), "complaint.rejected");
    }

    /** CMP-5: the customer's signature drawn on screen confirms the solution (a PNG data URL, at most 300 kB). */
    @Transactional
    public RequestDetails confirmBySignature(long id, String pngDataUrl) {
        return confirmBySignature(id, pngDataUrl, null);
    }

    /** The same, refused as stale (409) when an expected version is given and the request changed since. */
    @Transactional
    public RequestDetails confirmBySignature(long id, String pngDataUrl, Long expectedVersion) {
        if (pngDataUrl == null || !pngDataUrl.startsWith("data:image/png;base64,") || pngDataUrl.length() > 400_000
                || !pngDataUrl.substring(22).matches("[A-Za-z0-9+/=]+")) {
            throw RuleViolation.onField("signature", "complaint.signature-invalid");
        }
        RequestAccess access = lookup.access();
        ServiceRequest r = lookup.visible(id, access);
        access.requireWork(r);
        requireVersion(r, expectedVersion);
        Complaint c = complaintOf(r);
        Instant now = Instant.now(clock);
        c.confirmBySignature(pngDataUrl, now);
        r.touch(now);
        requests.saveAndFlush(r);
        timeline.add(id, access.viewerId(), TimelineKind.CONFIRMED, null, ConfirmationMethod.SIGNATURE.name());
        audit.record("complaint.confirmed", RequestLookup.SUBJECT, id, r.getSubject(),
                Changes.none().field("confirmation", null, ConfirmationMethod.SIGNATURE));
        return lookup.details(r, access);
    }

    /** CMP-5: implemented; penalties recorded against the responsible staff (for WFM-7). */
    @Transactional
    public RequestDetails implement(long id, Implementation implementation, long expectedVersion) {
        for (int i = 0; i < implementation.penalties().size(); i++) {
            checkPenalty(i, implementation.penalties().get(i));
        }
        RequestDetails done = step(id, expectedVersion, false, (c, by, now) -> c.implement(implementation, by, now),
                "complaint.implemented");
        Instant now = Instant.now(clock);
        for (Penalty p : implementation.penalties()) {
            ComplaintPenalty saved = penalties.save(new ComplaintPenalty(id, p.userId(), p.measure(),
                    p.measure().hasAmount() ? p.amount().setScale(2, RoundingMode.UNNECESSARY) : null, p.reason(),
                    lookup.me().id(), now));
            timeline.add(id, saved.getRecordedBy(), TimelineKind.PENALTY, p.reason(), p.measure().name());
            events.publishEvent(new PenaltyRecorded(saved.getId(), id, p.userId(), p.measure(), saved.getAmount(),
                    p.reason(), now));
        }
        return implementation.penalties().isEmpty() ? done : view(id);
    }

    /** CMP-6: classified and summarised; the follow-up visit is now due (CMP-7). */
    @Transactional
    public RequestDetails summarise(long id, Summary summary, long expectedVersion) {
        RequestDetails d = step(id, expectedVersion, false, (c, by, now) -> c.summarise(summary, by, now),
                "complaint.summarised");
        events.publishEvent(new ComplaintResolved(id, d.customerId(), d.assigneeId(), d.dueAt()));
        return d;
    }

    /** CMP-7: the follow-up visit's result closes the complaint; an unsatisfied customer reopens it (VIS-8). */
    @Transactional
    public RequestDetails recordFollowUp(long id, FollowUp followUp, long expectedVersion) {
        RequestDetails d = step(id, expectedVersion, false, (c, by, now) -> c.recordFollowUp(followUp, by, now),
                "complaint.followed-up");
        if (d.complaint().stage() == ComplaintStage.CLOSED) {
            events.publishEvent(new ComplaintClosed(id, d.customerId(), followUp.satisfaction()));
        }
        return d;
    }

    /** A major complaint becomes a crisis event; the managers are told at once (CMP-8). */
    @Transactional
    public RequestDetails declareCrisis(long id) {
        return declareCrisis(id, null);
    }

    /** The same, refused as stale (409) when an expected version is given and the request changed since. */
    @Transactional
    public RequestDetails declareCrisis(long id, Long expectedVersion) {
        RequestAccess access = lookup.access();
        ServiceRequest r = lookup.visible(id, access);
        access.requireWork(r);
        requireVersion(r, expectedVersion);
        Complaint c = complaintOf(r);
        c.declareCrisis();
        r.touch(Instant.now(clock));
        requests.saveAndFlush(r);
        timeline.add(id, access.viewerId(), TimelineKind.ESCALATED, null, "CRISIS");
        audit.record("complaint.crisis-declared", RequestLookup.SUBJECT, id, r.getSubject(), null);
        events.publishEvent(new CrisisDeclared(id, r.getCustomerId(), r.getDepartmentId()));
        return lookup.details(r, access);
    }

    private RequestDetails view(long id) {
        RequestAccess access = lookup.access();
        return lookup.details(lookup.visible(id, access), access);
    }

    @FunctionalInterface
    interface Step {
        void run(Complaint complaint, long by, Instant now);
    }

    private RequestDetails step(long id, long expectedVersion, boolean supervisor, Step step, String action) {
        RequestAccess access = lookup.access();
        ServiceRequest r = lookup.visible(id, access);
        if (supervisor) {
            access.requireApprove(r);
        } else {
            access.requireWork(r);
        }
        ConflictException.requireVersion(expectedVersion, r.getVersion(), RequestLookup.SUBJECT, id);
        Complaint c = complaintOf(r);
        ComplaintStage before = c.getStage();
        Instant now = Instant.now(clock);
        step.run(c, access.viewerId(), now);
        ComplaintStage after = c.getStage();
        r.dueBy(deadlines.of(c, now), now);
        if (after == ComplaintStage.CLOSED) {
            r.close(now);
        } else if (!r.getStatus().isActive()) {
            r.reopen(now);
        }
        complaints.saveAndFlush(c);
        requests.saveAndFlush(r);
        TimelineKind kind = "complaint.approved".equals(action) ? TimelineKind.APPROVAL
                : "complaint.rejected".equals(action) ? TimelineKind.REJECTION : TimelineKind.STAGE;
        timeline.add(id, access.viewerId(), kind, null, before.name() + "→" + after.name());
        audit.record(action, RequestLookup.SUBJECT, id, r.getSubject(),
                Changes.none().field("stage", before, after));
        return lookup.details(r, access);
    }

    private static void requireVersion(ServiceRequest r, Long expectedVersion) {
        if (expectedVersion != null) {
            ConflictException.requireVersion(expectedVersion, r.getVersion(), RequestLookup.SUBJECT, r.getId());
        }
    }

    private Complaint complaintOf(ServiceRequest r) {
        if (!r.isComplaint()) {
            throw new ConflictException("service.not-a-complaint");
        }
        return lookup.complaintOf(r);
    }

    private static void checkPenalty(int i, Penalty p) {
        String prefix = "penalties[" + i + "].";
        if (p.userId() == null) {
            throw RuleViolation.onField(prefix + "userId", "validation.required");
        }
        if (p.measure() == null) {
            throw RuleViolation.onField(prefix + "measure", "validation.required");
        }
        if (p.reason() == null) {
            throw RuleViolation.onField(prefix + "reason", "validation.required");
        }
        if (p.measure().hasAmount() != (p.amount() != null)
                || (p.amount() != null && (p.amount().signum() <= 0 || p.amount().scale() > 2))) {
            throw RuleViolation.onField(prefix + "amount", "complaint.penalty-amount");
        }
    }
}
