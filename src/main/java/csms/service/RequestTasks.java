package csms.service;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.identity.Departments;
import csms.identity.SignedInUser;
import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import csms.service.internal.PromiseRepository;
import csms.service.internal.ReferralRepository;
import csms.service.internal.ServiceRequestRepository;
import csms.shared.ConflictException;
import csms.shared.NotFoundException;
import csms.shared.PageQuery;
import csms.shared.RuleViolation;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tasks that hang on a request: promises to the customer (SVC-6) and the call record sheet's questions referred
 * to a department (SVC-3), which come back to the agent to call the customer back.
 */
@Service
public class RequestTasks {

    private final ServiceRequestRepository requests;
    private final PromiseRepository promises;
    private final ReferralRepository referrals;
    private final RequestLookup lookup;
    private final StepDeadlines deadlines;
    private final Timeline timeline;
    private final UserAccounts users;
    private final Departments departments;
    private final AuditTrail audit;
    private final Clock clock;

    RequestTasks(ServiceRequestRepository requests, PromiseRepository promises, ReferralRepository referrals,
            RequestLookup lookup, StepDeadlines deadlines, Timeline timeline, UserAccounts users,
            Departments departments, AuditTrail audit, Clock clock) {
        this.requests = requests;
        this.promises = promises;
        this.referrals = referrals;
        this.lookup = lookup;
        this.deadlines = deadlines;
        this.timeline = timeline;
        this.users = users;
        this.departments = departments;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records a promise made to the customer, due at a future time, as a task of the signed-in agent. */
    @Transactional
    public PromiseView promise(long requestId, String description, Instant dueAt) {
        String text = RequestDraft.strip(description);
        if (text == null || text.length() > Promise.DESCRIPTION_MAX) {
            throw RuleViolation.onField("description", "service.text-length", Promise.DESCRIPTION_MAX);
        }
        Instant now = Instant.now(clock);
        if (dueAt == null || !dueAt.isAfter(now)) {
            throw RuleViolation.onField("dueAt", "service.promise-in-past");
        }
        RequestAccess access = lookup.access();
        ServiceRequest r = lookup.visible(requestId, access);
        access.requireWork(r);
        Promise p = promises.save(new Promise(requestId, access.viewerId(), text, dueAt, now));
        r.touch(now);
        timeline.add(requestId, access.viewerId(), TimelineKind.PROMISE, text, dueAt.toString());
        audit.record("service.promised", RequestLookup.SUBJECT, requestId, r.getSubject(),
                Changes.none().field("promise", null, text).field("dueAt", null, dueAt));
        return promiseViews(List.of(p)).getFirst();
    }

    /** The promise was kept; only its agent or someone who may work the request marks it. */
    @Transactional
    public PromiseView keep(long promiseId, long expectedVersion) {
        Promise p = promises.findById(promiseId).orElseThrow(() -> new NotFoundException("Promise", promiseId));
        RequestAccess access = lookup.access();
        ServiceRequest r = lookup.visible(p.getRequestId(), access);
        if (p.getAgentId() != access.viewerId()) {
            access.requireWork(r);
        }
        ConflictException.requireVersion(expectedVersion, p.getVersion(), "Promise", promiseId);
        p.keep(Instant.now(clock));
        promises.saveAndFlush(p);
        timeline.add(r.getId(), access.viewerId(), TimelineKind.PROMISE_KEPT, p.getDescription(), null);
        audit.record("service.promise-kept", RequestLookup.SUBJECT, r.getId(), r.getSubject(), null);
        return promiseViews(List.of(p)).getFirst();
    }

    /** The promises of a request, by due time. */
    @Transactional(readOnly = true)
    public List<PromiseView> promisesOf(long requestId) {
        lookup.visible(requestId, lookup.access());
        return promiseViews(promises.findByRequestIdOrderByDueAt(requestId));
    }

    /** Open promises: an agent's own; a supervisor's whole team (overdue ones are red for both). */
    @Transactional(readOnly = true)
    public Page<PromiseView> openPromises(PageQuery page) {
        RequestAccess access = lookup.access();
        Set<Long> agents = new HashSet<>(Set.of(access.viewerId()));
        if (access.isSupervisor()) {
            agents.addAll(access.team());
        }
        Page<Promise> found = promises.openOf(agents, page.toPageable(Set.of("dueAt"), Sort.by("dueAt")));
        List<PromiseView> views = promiseViews(found.getContent());
        return found.map(p -> views.stream().filter(v -> v.id() == p.getId()).findFirst().orElseThrow());
    }

    /** Hands a question the agent cannot answer to a department, due back in the configured business hours. */
    @Transactional
    public ReferralView refer(long requestId, String question, Long departmentId) {
        String text = RequestDraft.strip(question);
        if (text == null || text.length() > Referral.TEXT_MAX) {
            throw RuleViolation.onField("question", "service.text-length", Referral.TEXT_MAX);
        }
        if (departmentId == null) {
            throw RuleViolation.onField("departmentId", "validation.required");
        }
        departments.get(departmentId);
        RequestAccess access = lookup.access();
        ServiceRequest r = lookup.visible(requestId, access);
        access.requireWork(r);
        Instant now = Instant.now(clock);
        Referral f = referrals.save(new Referral(requestId, text, departmentId, access.viewerId(), now,
                deadlines.referralReply(now)));
        r.waitForDepartment(now);
        requests.saveAndFlush(r);
        timeline.add(requestId, access.viewerId(), TimelineKind.REFERRAL, text, lookup.departmentName(departmentId));
        audit.record("service.referred", RequestLookup.SUBJECT, requestId, r.getSubject(),
                Changes.none().field("departmentId", null, departmentId));
        return referralViews(List.of(f)).getFirst();
    }

    /** A member of the department answers; the request returns to the agent to call the customer back. */
    @Transactional
    public ReferralView answer(long referralId, String answer, long expectedVersion) {
        String text = RequestDraft.strip(answer);
        if (text == null || text.length() > Referral.TEXT_MAX) {
            throw RuleViolation.onField("answer", "service.text-length", Referral.TEXT_MAX);
        }
        Referral f = referral(referralId);
        SignedInUser me = lookup.me();
        RequestAccess access = lookup.access();
        if (!Objects.equals(me.departmentId(), f.getDepartmentId()) && !access.seesAll()) {
            throw new AccessDeniedException("service.referral.answer");
        }
        ConflictException.requireVersion(expectedVersion, f.getVersion(), "Referral", referralId);
        Instant now = Instant.now(clock);
        f.answer(text, me.id(), now);
        referrals.saveAndFlush(f);
        ServiceRequest r = requests.findById(f.getRequestId()).orElseThrow();
        r.resumeWork(now);
        requests.saveAndFlush(r);
        timeline.add(r.getId(), me.id(), TimelineKind.REFERRAL_ANSWERED, text, lookup.departmentName(f.getDepartmentId()));
        audit.record("service.referral-answered", RequestLookup.SUBJECT, r.getId(), r.getSubject(), null);
        return referralViews(List.of(f)).getFirst();
    }

    /** The agent called the customer back with the department's answer. */
    @Transactional
    public ReferralView calledBack(long referralId) {
        Referral f = referral(referralId);
        RequestAccess access = lookup.access();
        ServiceRequest r = lookup.visible(f.getRequestId(), access);
        access.requireWork(r);
        f.calledBack(Instant.now(clock));
        referrals.saveAndFlush(f);
        timeline.add(r.getId(), access.viewerId(), TimelineKind.CALLED_BACK, null, null);
        audit.record("service.called-back", RequestLookup.SUBJECT, r.getId(), r.getSubject(), null);
        return referralViews(List.of(f)).getFirst();
    }

    /** The call record sheet lines of a request. */
    @Transactional(readOnly = true)
    public List<ReferralView> referralsOf(long requestId) {
        lookup.visible(requestId, lookup.access());
        return referralViews(referrals.findByRequestIdOrderByReferredAt(requestId));
    }

    /** The questions waiting for an answer from the signed-in user's department, by reply deadline. */
    @Transactional(readOnly = true)
    public Page<ReferralView> openForMyDepartment(PageQuery page) {
        SignedInUser me = lookup.me();
        if (me.departmentId() == null) {
            return Page.empty();
        }
        Page<Referral> found = referrals.openFor(me.departmentId(),
                page.toPageable(Set.of("replyDueAt"), Sort.by("replyDueAt")));
        List<ReferralView> views = referralViews(found.getContent());
        return found.map(f -> views.stream().filter(v -> v.id() == f.getId()).findFirst().orElseThrow());
    }

    private Referral referral(long id) {
        return referrals.findById(id).orElseThrow(() -> new NotFoundException("Referral", id));
    }

    private List<PromiseView> promiseViews(List<Promise> list) {
        Instant now = Instant.now(clock);
        Map<Long, ServiceRequest> reqs = requestsOf(list.stream().map(Promise::getRequestId).toList());
        Map<Long, UserAccount> agents = users.byIds(list.stream().map(Promise::getAgentId).distinct().toList());
        return list.stream().map(p -> {
            ServiceRequest r = reqs.get(p.getRequestId());
            UserAccount a = agents.get(p.getAgentId());
            return new PromiseView(p.getId(), p.getRequestId(), r == null ? null : r.getSubject(),
                    r == null ? null : r.getCustomerName(), p.getAgentId(), a == null ? null : a.getDisplayName(),
                    p.getDescription(), p.getDueAt(), p.getKeptAt(), p.isOverdue(now), p.getVersion());
        }).toList();
    }

    private List<ReferralView> referralViews(List<Referral> list) {
        Instant now = Instant.now(clock);
        Map<Long, ServiceRequest> reqs = requestsOf(list.stream().map(Referral::getRequestId).toList());
        Map<Long, UserAccount> people = users.byIds(list.stream()
                .flatMap(f -> java.util.stream.Stream.of(f.getReferredBy(), f.getAnsweredBy()))
                .filter(Objects::nonNull).distinct().toList());
        return list.stream().map(f -> {
            ServiceRequest r = reqs.get(f.getRequestId());
            return new ReferralView(f.getId(), f.getRequestId(), r == null ? null : r.getSubject(),
                    r == null ? null : r.getCustomerName(), f.getQuestion(), f.getDepartmentId(),
                    lookup.departmentName(f.getDepartmentId()), f.getReferredBy(), name(people, f.getReferredBy()),
                    f.getReferredAt(), f.getReplyDueAt(), f.getAnswer(), f.getAnsweredAt(),
                    name(people, f.getAnsweredBy()), f.getCalledBackAt(), f.isOverdue(now), f.getVersion());
        }).toList();
    }

    private Map<Long, ServiceRequest> requestsOf(Collection<Long> ids) {
        return requests.findAllById(new HashSet<>(ids)).stream()
                .collect(Collectors.toMap(ServiceRequest::getId, Function.identity()));
    }

    private static String name(Map<Long, UserAccount> people, Long id) {
        UserAccount u = id == null ? null : people.get(id);
        return u == null ? null : u.getDisplayName();
    }
}
