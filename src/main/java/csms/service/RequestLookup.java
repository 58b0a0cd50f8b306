package csms.service;

import csms.identity.Department;
import csms.identity.Departments;
import csms.identity.SignedInUser;
import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import csms.service.internal.ComplaintPenaltyRepository;
import csms.service.internal.ComplaintProposalRepository;
import csms.service.internal.ComplaintRepository;
import csms.service.internal.ServiceRequestRepository;
import csms.shared.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Loads requests as the signed-in user may see them (404 otherwise) and turns them into their views. */
@Component
class RequestLookup {

    static final String SUBJECT = "ServiceRequest";

    private final ServiceRequestRepository requests;
    private final ComplaintRepository complaints;
    private final ComplaintProposalRepository proposals;
    private final ComplaintPenaltyRepository penalties;
    private final UserAccounts users;
    private final Departments departments;
    private final BusinessTime businessTime;
    private final Clock clock;

    RequestLookup(ServiceRequestRepository requests, ComplaintRepository complaints,
            ComplaintProposalRepository proposals, ComplaintPenaltyRepository penalties, UserAccounts users,
            Departments departments, BusinessTime businessTime, Clock clock) {
        this.requests = requests;
        this.complaints = complaints;
        this.proposals = proposals;
        this.penalties = penalties;
        this.users = users;
        this.departments = departments;
        this.businessTime = businessTime;
        this.clock = clock;
    }

    SignedInUser me() {
        SignedInUser me = SignedInUser.current();
        if (me == null) {
            throw new AccessDeniedException("service.signed-out");
        }
        return me;
    }

    RequestAccess access() {
        return RequestAccess.of(SignedInUser.current(), users::departmentMemberIds);
    }

    /** The request if the viewer may see it; otherwise 404, exactly as if it did not exist. */
    ServiceRequest visible(long id, RequestAccess access) {
        return requests.findById(id).filter(access::sees).orElseThrow(() -> new NotFoundException(SUBJECT, id));
    }

    Complaint complaintOf(ServiceRequest r) {
        return complaints.findById(r.getId()).orElseThrow(() -> new NotFoundException("Complaint", r.getId()));
    }

    /** The request's view after writing pending changes, so the version shown is the one stored. */
    RequestDetails details(ServiceRequest r, RequestAccess access) {
        requests.flush();
        Instant now = Instant.now(clock);
        ComplaintView complaint = r.isComplaint() ? ComplaintView.of(complaintOf(r),
                proposals.findByRequestIdOrderById(r.getId()), penalties.findByRequestIdOrderById(r.getId())) : null;
        Map<Long, UserAccount> people = users.byIds(java.util.stream.Stream.of(r.getAssigneeId(), r.getCreatedById(),
                r.getCustomerVerifiedBy()).filter(Objects::nonNull).distinct().toList());
        Duration left = r.getDueAt() == null || !r.getStatus().isActive() ? null
                : r.getDueAt().isAfter(now) ? businessTime.between(now, r.getDueAt())
                : businessTime.between(r.getDueAt(), now).negated();
        return new RequestDetails(r.getId(), r.getType(), r.getChannel(), r.getCustomerId(), r.getCustomerName(),
                r.getCustomerRank(), r.getSubject(), r.getDescription(), r.getPriority(), r.getTags(), r.getStatus(),
                r.getDepartmentId(), departmentName(r.getDepartmentId()), r.getAssigneeId(),
                name(people, r.getAssigneeId()), r.getCreatedById(), name(people, r.getCreatedById()),
                r.getCreatedAt(), r.getUpdatedAt(), r.getDueAt(), left, r.isOverdue(now), r.getEscalatedAt(),
                r.getEscalationReason(), r.getCustomerVerifiedAt(), name(people, r.getCustomerVerifiedBy()),
                r.getResolvedAt(), r.getClosedAt(), complaint, access.mayWork(r), r.isComplaint() && access.mayApprove(r),
                access.mayDispatch(r), r.getVersion());
    }

    /** List rows with complaint stage and names fetched in one query each for the whole page (no N+1). */
    List<RequestRow> rows(Collection<ServiceRequest> page, Instant dueSoonLimit) {
        Instant now = Instant.now(clock);
        List<Long> complaintIds = page.stream().filter(ServiceRequest::isComplaint).map(ServiceRequest::getId).toList();
        Map<Long, Complaint> byId = new HashMap<>();
        if (!complaintIds.isEmpty()) {
            complaints.findAllById(complaintIds).forEach(c -> byId.put(c.getRequestId(), c));
        }
        Map<Long, UserAccount> people = users.byIds(page.stream().map(ServiceRequest::getAssigneeId)
                .filter(Objects::nonNull).distinct().toList());
        Map<Long, String> teams = new HashMap<>();
        return page.stream().map(r -> {
            Complaint c = byId.get(r.getId());
            String team = r.getDepartmentId() == null ? null
                    : teams.computeIfAbsent(r.getDepartmentId(), this::departmentName);
            boolean active = r.getStatus().isActive();
            return new RequestRow(r.getId(), r.getType(), r.getChannel(), r.getCustomerId(), r.getCustomerName(),
                    r.getCustomerRank(), r.getSubject(), r.getPriority(), r.getStatus(),
                    c == null ? null : c.getStage(), c == null ? null : c.getSeverity(), c != null && c.isCrisis(),
                    r.getDepartmentId(), team, r.getAssigneeId(), name(people, r.getAssigneeId()), r.getDueAt(),
                    r.isOverdue(now), active && r.getDueAt() != null && !r.isOverdue(now) && r.getDueAt().isBefore(dueSoonLimit),
                    active && (r.getEscalatedAt() != null || r.getBreachedAt() != null), r.getTags(),
                    r.getCreatedAt(), r.getUpdatedAt(), r.getVersion());
        }).toList();
    }

    String departmentName(Long id) {
        if (id == null) {
            return null;
        }
        try {
            Department d = departments.get(id);
            return d.getName();
        } catch (NotFoundException e) {
            return null;
        }
    }

    private static String name(Map<Long, UserAccount> people, Long id) {
        UserAccount u = id == null ? null : people.get(id);
        return u == null ? null : u.getDisplayName();
    }
}
