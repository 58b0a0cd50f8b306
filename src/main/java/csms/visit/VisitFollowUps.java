package csms.visit;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.customer.ContactChannel;
import csms.customer.ContactRecords;
import csms.identity.SignedInUser;
import csms.service.Channel;
import csms.service.ComplaintLoop;
import csms.service.ComplaintSteps.FollowUp;
import csms.service.Priority;
import csms.service.RequestDetails;
import csms.service.RequestDraft;
import csms.service.RequestType;
import csms.service.Satisfaction;
import csms.service.ServiceRequests;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a reached visit sets going (VIS-8, CMP-7). A service visit answered unsatisfied or average opens a new
 * request for the customer, registered as the visiting agent. A complaint's follow-up is recorded on the complaint:
 * satisfied closes it; average or unsatisfied reopens it (VIS-8 treats both as not satisfied, so the complaint gets
 * UNSATISFIED while the visit keeps the customer's own answer).
 */
@Component
class VisitFollowUps {

    /** Requests are stored in the organisation's language. */
    private static final Locale STORED = Locale.SIMPLIFIED_CHINESE;

    private final ServiceRequests requests;
    private final ComplaintLoop complaints;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final ContactRecords contacts;

    VisitFollowUps(ServiceRequests requests, ComplaintLoop complaints, MessageSource messages, AuditTrail audit,
            ContactRecords contacts) {
        this.contacts = contacts;
        this.requests = requests;
        this.complaints = complaints;
        this.messages = messages;
        this.audit = audit;
    }

    void after(ReturnVisit v) {
        if (v.getKind() == VisitKind.REGULAR) {
            updateArchive(v);
        }
        boolean satisfied = v.getSatisfaction() == Satisfaction.SATISFIED;
        if (v.getKind() == VisitKind.COMPLAINT_FOLLOW_UP && v.getSourceRequestId() != null) {
            long requestId = v.getSourceRequestId();
            RequestDetails request = requests.view(requestId);
            complaints.recordFollowUp(requestId, new FollowUp(v.getNote(),
                    satisfied ? Satisfaction.SATISFIED : Satisfaction.UNSATISFIED, v.getVisitedAt()),
                    request.version());
        } else if (!satisfied) {
            String subject = messages.getMessage("visit.follow-request.subject", new Object[] { v.getId(),
                    messages.getMessage("complaint.satisfaction." + v.getSatisfaction(), null, STORED) }, STORED);
            String description = messages.getMessage("visit.follow-request.description", new Object[] {
                    v.getSourceRequestId() == null ? "-" : v.getSourceRequestId(), v.getNote() == null ? "-"
                            : v.getNote() }, STORED);
            RequestDetails opened = requests.register(new RequestDraft(RequestType.QUERY, Channel.PHONE,
                    v.getCustomerId(), subject, description, Priority.HIGH, null, null, false, null, null, null));
            v.followedBy(opened.id());
            audit.record("visit.request-opened", ReturnVisits.SUBJECT, v.getId(), v.getCustomerName(),
                    Changes.none().field("request", null, opened.id()));
        }
    }

    /**
     * VIS-4: a reached regular visit updates the customer archive — a contact record by the visiting agent with the
     * answers (the cooperation's satisfaction, the problems met), which also moves the customer's last contact.
     */
    private void updateArchive(ReturnVisit v) {
        StringBuilder summary = new StringBuilder(messages.getMessage("visit.regular.contact-summary",
                new Object[] { v.getId(), messages.getMessage("complaint.satisfaction." + v.getSatisfaction(), null,
                        STORED) }, STORED));
        for (VisitAnswer a : v.getAnswers()) {
            Object answer = a.getScore() != null ? a.getScore() : a.getText();
            if (answer != null) {
                summary.append('\n').append(a.getQuestion()).append('：').append(answer);
            }
        }
        if (v.getNote() != null) {
            summary.append('\n').append(v.getNote());
        }
        contacts.fileFromVisit(v.getCustomerId(), SignedInUser.current().id(), v.getVisitedAt(),
                ContactChannel.PHONE, summary.toString());
    }
}
