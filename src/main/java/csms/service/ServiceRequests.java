package csms.service;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.identity.SignedInUser;
import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import csms.script.ReplyQuality;
import csms.service.internal.ComplaintRepository;
import csms.service.internal.ServiceRequestRepository;
import csms.shared.PageQuery;
import csms.shared.RuleViolation;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service requests (SVC-1 … SVC-8): registration (a complaint is accepted and acknowledged at once, CMP-1), the
 * queues, the request's page, notes, assignment and transfer, escalation, the read-back mark and resolution.
 * Every change is written to the request's timeline and the audit trail.
 */
@Service
public class ServiceRequests {

    /** Sorts clients may ask for, mapped to properties; priority by its rank, not by its name's letters. */
    public static final Map<String, String> SORTS = Map.of("due", "dueAt", "created", "createdAt",
            "updated", "updatedAt", "priority", "priorityRank", "customer", "customerName");
    private static final Sort QUEUE_ORDER = Sort.by(Sort.Order.desc("customerRank"),
            Sort.Order.asc("dueAt").nullsLast(), Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final ServiceRequestRepository requests;
    private final ComplaintRepository complaints;
    private final RequestLookup lookup;
    private final CustomerLink customers;
    private final StepDeadlines deadlines;
    private final Timeline timeline;
    private final UserAccounts users;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ReplyQuality replyQuality;
    private final Clock clock;

    ServiceRequests(ServiceRequestRepository requests, ComplaintRepository complaints, RequestLookup lookup,
            CustomerLink customers, StepDeadlines deadlines, Timeline timeline, UserAccounts users, AuditTrail audit,
            ApplicationEventPublisher events, ReplyQuality replyQuality, Clock clock) {
        this.requests = requests;
        this.complaints = complaints;
        this.lookup = lookup;
        this.customers = customers;
        this.deadlines = deadlines;
        this.timeline = timeline;
        this.users = users;
        this.audit = audit;
        this.events = events;
        this.replyQuality = replyQuality;
        this.clock = clock;
    }

    /**
     * Registers a request for the signed-in agent, in their team's queue and assigned to them. A complaint needs the
     * acceptance fields (CMP-1) and is acknowledged at once; its judgement is then due.
     */
    @Transactional
    public RequestDetails register(RequestDraft draft) {
        SignedInUser me = lookup.me();
        Instant now = Instant.now(clock);
        CustomerFacts customer = customers.facts(Objects.requireNonNull(draft.customerId(), "customerId"));
        if (draft.type() != RequestType.COMPLAINT && (draft.severity() != null || draft.crisis())) {
            throw RuleViolation.onField("severity", "service.severity-only-complaints");
        }
        ServiceRequest r = new ServiceRequest(draft, customer, me.id(), me.departmentId(), now);
        requests.saveAndFlush(r);
        Complaint complaint = null;
        if (r.isComplaint()) {
            String content = draft.description() != null ? draft.description() : draft.subject();
            complaint = complaints.save(Complaint.accept(r.getId(), draft, content, now));
            r.dueBy(deadlines.of(complaint, now), now);
        } else {
            r.dueBy(deadlines.reply(now), now);
        }
        timeline.add(r.getId(), me.id(), TimelineKind.CREATED, r.getSubject(), r.getType().name());
        audit.record("service.registered", RequestLookup.SUBJECT, r.getId(), r.getSubject(), Changes.none()
                .field("type", null, r.getType()).field("channel", null, r.getChannel())
                .field("customer", null, r.getCustomerName()));
        if (complaint != null) {
            events.publishEvent(new ComplaintRegistered(r.getId(), r.getCustomerId(), complaint.getSeverity(),
                    complaint.isCrisis()));
            if (complaint.isCrisis()) {
                events.publishEvent(new CrisisDeclared(r.getId(), r.getCustomerId(), r.getDepartmentId()));
            }
        }
        return lookup.details(r, lookup.access());
    }

    /** The request's page; 404 when the viewer may not see it. */
    @Transactional(readOnly = true)
    public RequestDetails view(long id) {
        RequestAccess access = lookup.access();
        return lookup.details(lookup.visible(id, access), access);
    }

    /** The request's timeline, newest first; 404 when the viewer may not see the request. */
    @Transactional(readOnly = true)
    public Page<TimelineLine> timeline(long id, PageQuery page) {
        lookup.visible(id, lookup.access());
        return timeline.read(id, page);
    }

    /** A queue or a search, in the workspace order: important and big customers first, then by deadline. */
    @Transactional(readOnly = true)
    public Page<RequestRow> list(RequestFilter filter, PageQuery page) {
        RequestAccess access = lookup.access();
        Instant now = Instant.now(clock);
        Instant dueSoon = now.plus(deadlines.dueSoonWindow());
        Pageable pageable = page.toPageable(SORTS, QUEUE_ORDER);
        if (page.sort() != null) {
            pageable = PageRequest.of(page.page(), page.size(),
                    Sort.by(Sort.Order.desc("customerRank")).and(pageable.getSort()));
        }
        Page<ServiceRequest> found = requests.findAll(RequestSpecifications.of(filter, access, now, dueSoon), pageable);
        return new PageImpl<>(lookup.rows(found.getContent(), dueSoon), found.getPageable(), found.getTotalElements());
    }

    /**
     * One slice of a list export in the workspace order (the order ends with the id, so slices neither skip nor
     * repeat rows); no count query per slice.
     */
    @Transactional(readOnly = true)
    public Slice<RequestRow> exportSlice(RequestFilter filter, Pageable pageable) {
        RequestAccess access = lookup.access();
        Instant now = Instant.now(clock);
        Instant dueSoon = now.plus(deadlines.dueSoonWindow());
        Pageable ordered = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), QUEUE_ORDER);
        Slice<ServiceRequest> found = requests.findBy(RequestSpecifications.of(filter, access, now, dueSoon),
                q -> q.slice(ordered));
        return new SliceImpl<>(lookup.rows(found.getContent(), dueSoon), found.getPageable(), found.hasNext());
    }

    /** Counts of the workspace queues for the signed-in user. */
    @Transactional(readOnly = true)
    public Map<Queue, Long> queueCounts() {
        RequestAccess access = lookup.access();
        Instant now = Instant.now(clock);
        Instant dueSoon = now.plus(deadlines.dueSoonWindow());
        Map<Queue, Long> counts = new java.util.EnumMap<>(Queue.class);
        for (Queue q : List.of(Queue.MINE, Queue.TEAM, Queue.UNASSIGNED, Queue.DUE_SOON, Queue.OVERDUE, Queue.ESCALATED)) {
            counts.put(q, requests.count(RequestSpecifications.of(RequestFilter.of(q), access, now, dueSoon)));
        }
        return counts;
    }

    /** The customer's open requests the viewer may see, newest first (shown when the caller's number is found). */
    @Transactional(readOnly = true)
    public List<RequestRow> openOfCustomer(long customerId) {
        RequestAccess access = lookup.access();
        Instant dueSoon = Instant.now(clock).plus(deadlines.dueSoonWindow());
        return lookup.rows(requests.activeOfCustomer(customerId, Set.of(RequestStatus.OPEN, RequestStatus.WAITING),
                PageRequest.of(0, 20)).stream().filter(access::sees).toList(), dueSoon);
    }

    /** Adds a note, call or email record, or a reply to the customer, to the timeline. */
    @Transactional
    public RequestDetails addEntry(long id, TimelineKind kind, String text, boolean internal) {
        return addEntry(id, kind, text, internal, null);
    }

    /** The same, refused as stale (409) when an expected version is given and the request changed since. */
    @Transactional
    public RequestDetails addEntry(long id, TimelineKind kind, String text, boolean internal, Long expectedVersion) {
        return addEntry(id, kind, text, internal, false, expectedVersion);
    }

    /**
     * The same for a reply that ends the conversation ({@code closing}): the reply-quality check then also expects a
     * closing phrase (再见, SCR-13).
     */
    @Transactional
    public RequestDetails addEntry(long id, TimelineKind kind, String text, boolean internal, boolean closing,
            Long expectedVersion) {
        if (kind != TimelineKind.NOTE && kind != TimelineKind.CALL && kind != TimelineKind.EMAIL
                && kind != TimelineKind.REPLY) {
            throw RuleViolation.onField("kind", "validation.invalid");
        }
        String body = RequestDraft.strip(text);
        if (body == null || body.length() > 4000) {
            throw RuleViolation.onField("text", "service.text-length", 4000);
        }
        RequestAccess access = lookup.access();
        ServiceRequest r = lookup.visible(id, access);
        requireVersion(r, expectedVersion);
        access.requireWork(r);
        Instant now = Instant.now(clock);
        r.touch(now);
        boolean internalNote = kind != TimelineKind.REPLY && internal;
        timeline.add(id, access.viewerId(), kind, internalNote, body, null);
        if ((kind == TimelineKind.REPLY || kind == TimelineKind.EMAIL) && !internalNote) {
            // Counted for the QA report (SCR-13); what the customer reads, not internal notes.
            replyQuality.record(access.viewerId(), body, closing, now);
        }
        audit.record("service.entry-added", RequestLookup.SUBJECT, id, r.getSubject(),
                Changes.none().field("kind", null, kind));
        return lookup.details(r, access);
    }

    /**
     * Assigns the request to an agent (a member of the target team) or to a team's queue (agent null). An agent may
     * take an unassigned request of their team; assigning to others and transfers are the supervisor's.
     */
    @Transactional
    public RequestDetails assign(long id, Long departmentId, Long assigneeId, long expectedVersion) {
        RequestAccess access = lookup.access();
        ServiceRequest r = lookup.visible(id, access);
        csms.shared.ConflictException.requireVersion(expectedVersion, r.getVersion(), RequestLookup.SUBJECT, id);
        boolean takeOwn = Objects.equals(assigneeId, access.viewerId()) && r.getAssigneeId() == null
                && Objects.equals(departmentId, r.getDepartmentId());
        if (takeOwn) {
            access.requireWork(r);
        } else {
            access.requireDispatch(r);
        }
        Long team = departmentId;
        if (assigneeId != null) {
            UserAccount agent = users.get(assigneeId);
            if (!agent.isEnabled()) {
                throw RuleViolation.onField("assigneeId", "service.assignee-disabled");
            }
            team = departmentId != null ? departmentId : agent.getDepartmentId();
            if (departmentId != null && !Objects.equals(agent.getDepartmentId(), departmentId)) {
                throw RuleViolation.onField("assigneeId", "service.assignee-not-in-team");
            }
        }
        Long beforeAgent = r.getAssigneeId();
        Long beforeTeam = r.getDepartmentId();
        r.assign(team, assigneeId, Instant.now(clock));
        requests.saveAndFlush(r);
        boolean transfer = !Objects.equals(beforeTeam, team);
        timeline.add(id, access.viewerId(), transfer ? TimelineKind.TRANSFERRED : TimelineKind.ASSIGNED,
                null, Objects.toString(lookup.departmentName(team), "-") + " / " + nameOf(assigneeId));
        audit.record(transfer ? "service.transferred" : "service.assigned", RequestLookup.SUBJECT, id, r.getSubject(),
                Changes.none().field("departmentId", beforeTeam, team).field("assigneeId", beforeAgent, assigneeId));
        return lookup.details(r, access);
    }

    /** Escalates to the team's supervisor with a reason (SVC-8). */
    @Transactional
    public RequestDetails escalate(long id, String reason) {
        return escalate(id, reason, null);
    }

    /** The same, refused as stale (409) when an expected version is given and the request changed since. */
    @Transactional
    public RequestDetails escalate(long id, String reason, Long expectedVersion) {
        String why = RequestDraft.strip(reason);
        if (why == null || why.length() > 1000) {
            throw RuleViolation.onField("reason", "service.text-length", 1000);
        }
        RequestAccess access = lookup.access();
        ServiceRequest r = lookup.visible(id, access);
        requireVersion(r, expectedVersion);
        access.requireWork(r);
        r.escalate(why, Instant.now(clock));
        timeline.add(id, access.viewerId(), TimelineKind.ESCALATED, why, null);
        audit.record("service.escalated", RequestLookup.SUBJECT, id, r.getSubject(),
                Changes.none().field("reason", null, why));
        events.publishEvent(new RequestEscalated(id, r.getDepartmentId(), access.viewerId(), why));
        return lookup.details(r, access);
    }

    /** Marks the customer's details as read back and confirmed by the customer (SVC-5). */
    @Transactional
    public RequestDetails confirmCustomerDetails(long id) {
        return confirmCustomerDetails(id, null);
    }

    /** The same, refused as stale (409) when an expected version is given and the request changed since. */
    @Transactional
    public RequestDetails confirmCustomerDetails(long id, Long expectedVersion) {
        RequestAccess access = lookup.access();
        ServiceRequest r = lookup.visible(id, access);
        requireVersion(r, expectedVersion);
        access.requireWork(r);
        r.verifyCustomer(access.viewerId(), Instant.now(clock));
        timeline.add(id, access.viewerId(), TimelineKind.VERIFIED, null, null);
        audit.record("service.customer-verified", RequestLookup.SUBJECT, id, r.getSubject(), null);
        return lookup.details(r, access);
    }

    /** Answers a consultation or query (SVC-7); the answer goes on the timeline. Complaints close by their loop. */
    @Transactional
    public RequestDetails resolve(long id, String answer, long expectedVersion) {
        RequestAccess access = lookup.access();
        ServiceRequest r = lookup.visible(id, access);
        csms.shared.ConflictException.requireVersion(expectedVersion, r.getVersion(), RequestLookup.SUBJECT, id);
        access.requireWork(r);
        if (r.isComplaint()) {
            throw new csms.shared.ConflictException("service.complaint-closes-by-loop");
        }
        String text = RequestDraft.strip(answer);
        if (text == null || text.length() > 4000) {
            throw RuleViolation.onField("answer", "service.text-length", 4000);
        }
        Instant now = Instant.now(clock);
        r.resolve(now);
        requests.saveAndFlush(r);
        timeline.add(id, access.viewerId(), TimelineKind.RESOLVED, false, text, null);
        audit.record("service.resolved", RequestLookup.SUBJECT, id, r.getSubject(),
                Changes.none().field("status", RequestStatus.OPEN, RequestStatus.RESOLVED));
        events.publishEvent(new ServiceCompleted(id, r.getCustomerId(), r.getAssigneeId(), now));
        return lookup.details(r, access);
    }

    /** Reopens a resolved consultation or query, e.g. when the answer did not help. */
    @Transactional
    public RequestDetails reopen(long id, String reason) {
        return reopen(id, reason, null);
    }

    /** The same, refused as stale (409) when an expected version is given and the request changed since. */
    @Transactional
    public RequestDetails reopen(long id, String reason, Long expectedVersion) {
        RequestAccess access = lookup.access();
        ServiceRequest r = lookup.visible(id, access);
        requireVersion(r, expectedVersion);
        access.requireWork(r);
        if (r.isComplaint()) {
            throw new csms.shared.ConflictException("service.complaint-closes-by-loop");
        }
        Instant now = Instant.now(clock);
        r.reopen(now);
        r.dueBy(deadlines.reply(now), now);
        timeline.add(id, access.viewerId(), TimelineKind.REOPENED, RequestDraft.strip(reason), null);
        audit.record("service.reopened", RequestLookup.SUBJECT, id, r.getSubject(), null);
        return lookup.details(r, access);
    }

    private static void requireVersion(ServiceRequest r, Long expectedVersion) {
        if (expectedVersion != null) {
            csms.shared.ConflictException.requireVersion(expectedVersion, r.getVersion(), RequestLookup.SUBJECT,
                    r.getId());
        }
    }

    private String nameOf(Long userId) {
        return userId == null ? "-" : users.get(userId).getDisplayName();
    }
}
