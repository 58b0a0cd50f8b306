package csms.service;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.service.internal.ComplaintProposalRepository;
import csms.service.internal.ComplaintRepository;
import csms.service.internal.ServiceRequestRepository;
import csms.shared.NotFoundException;
import csms.shared.OneTimeToken;
import csms.shared.RuleViolation;
import csms.system.OrganisationSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's confirmation of the approved solution by a one-time link sent by email or SMS (CMP-5). Only the
 * SHA-256 hash of the token is stored; the link works once, until it expires (a configurable number of hours).
 */
@Service
public class ComplaintConfirmations {

    private final ServiceRequestRepository requests;
    private final ComplaintRepository complaints;
    private final ComplaintProposalRepository proposals;
    private final RequestLookup lookup;
    private final StepDeadlines deadlines;
    private final Timeline timeline;
    private final CustomerNotifier notifier;
    private final OrganisationSettings organisation;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final Clock clock;
    private final String publicUrl;

    ComplaintConfirmations(ServiceRequestRepository requests, ComplaintRepository complaints,
            ComplaintProposalRepository proposals, RequestLookup lookup, StepDeadlines deadlines, Timeline timeline,
            CustomerNotifier notifier, OrganisationSettings organisation, MessageSource messages, AuditTrail audit,
            Clock clock, @Value("${csms.public-url:http://localhost:8080}") String publicUrl) {
        this.requests = requests;
        this.complaints = complaints;
        this.proposals = proposals;
        this.lookup = lookup;
        this.deadlines = deadlines;
        this.timeline = timeline;
        this.notifier = notifier;
        this.organisation = organisation;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Sends a new link to the customer's email or mobile (replacing an earlier one) and returns the link. */
    @Transactional
    public String sendLink(long requestId, CustomerNotifier.Medium medium, String address) {
        String to = RequestDraft.strip(address);
        if (medium == null) {
            throw RuleViolation.onField("medium", "validation.required");
        }
        if (to == null || (medium == CustomerNotifier.Medium.EMAIL ? !to.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
                : !to.matches("1\\d{10}"))) {
            throw RuleViolation.onField("address", medium == CustomerNotifier.Medium.EMAIL ? "validation.email"
                    : "complaint.mobile-invalid");
        }
        RequestAccess access = lookup.access();
        ServiceRequest r = lookup.visible(requestId, access);
        access.requireWork(r);
        Complaint c = lookup.complaintOf(r);
        OneTimeToken token = OneTimeToken.generate();
        Instant now = Instant.now(clock);
        c.awaitLinkConfirmation(token.hash(), now.plus(deadlines.confirmationLinkValidity()));
        complaints.saveAndFlush(c);
        r.touch(now);
        String link = publicUrl + "/c/confirm/" + token.value();
        notifier.send(medium, to, messages.getMessage("complaint.confirmation-message",
                new Object[] { organisation.current().map(o -> o.getName()).orElse(""), link }, Locale.SIMPLIFIED_CHINESE));
        timeline.add(requestId, access.viewerId(), TimelineKind.CONFIRMED, null, "LINK_SENT " + medium);
        audit.record("complaint.confirmation-link-sent", RequestLookup.SUBJECT, requestId, r.getSubject(),
                Changes.none().field("medium", null, medium));
        return link;
    }

    /** What the link shows; 404 when the link is unknown, used or expired. */
    @Transactional(readOnly = true)
    public ConfirmationRequest open(String token) {
        Complaint c = valid(token);
        ServiceRequest r = requests.findById(c.getRequestId()).orElseThrow();
        String solution = c.getApprovedProposalId() == null ? null
                : proposals.findById(c.getApprovedProposalId()).map(ComplaintProposal::getDescription).orElse(null);
        return new ConfirmationRequest(organisation.current().map(o -> o.getName()).orElse(""), r.getSubject(),
                solution, c.getConfirmationTokenExpiresAt());
    }

    /** The customer confirms through the link; the token cannot be used again. */
    @Transactional
    public void confirm(String token) {
        Complaint c = valid(token);
        Instant now = Instant.now(clock);
        c.confirmByLink(now);
        complaints.saveAndFlush(c);
        ServiceRequest r = requests.findById(c.getRequestId()).orElseThrow();
        r.touch(now);
        timeline.add(r.getId(), null, TimelineKind.CONFIRMED, null, ConfirmationMethod.LINK.name());
        audit.recordAs("customer", "complaint.confirmed", RequestLookup.SUBJECT, r.getId(), r.getSubject(),
                Changes.none().field("confirmation", null, ConfirmationMethod.LINK));
    }

    private Complaint valid(String token) {
        Instant now = Instant.now(clock);
        return OneTimeToken.hashOf(token).flatMap(complaints::findByConfirmationTokenHash)
                .filter(c -> c.getStage() == ComplaintStage.IMPLEMENTATION
                        && OneTimeToken.usable(c.getConfirmationTokenExpiresAt(), c.getConfirmedAt(), now))
                .orElseThrow(() -> new NotFoundException("ConfirmationLink", "-"));
    }
}
