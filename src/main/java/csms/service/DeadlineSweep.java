package csms.service;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.service.internal.ComplaintRepository;
import csms.service.internal.PromiseRepository;
import csms.service.internal.ReferralRepository;
import csms.service.internal.RequestBreachRepository;
import csms.service.internal.ServiceRequestRepository;
import csms.system.ScheduledJobs;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every minute, on one node of the cluster: finds request steps past their deadline (CMP-8), records each breach
 * once, escalates it to the team's supervisor (the escalated queue) and publishes {@link DeadlineBreached}; marks
 * promises (SVC-6) and referred questions (SVC-3) overdue. Each item commits on its own.
 */
@Component
class DeadlineSweep {

    static final String JOB = "service-deadline-sweep";
    private static final int BATCH = 500;

    private final ServiceRequestRepository requests;
    private final ComplaintRepository complaints;
    private final RequestBreachRepository breaches;
    private final PromiseRepository promises;
    private final ReferralRepository referrals;
    private final Timeline timeline;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final ScheduledJobs jobs;
    private final Clock clock;

    DeadlineSweep(ServiceRequestRepository requests, ComplaintRepository complaints, RequestBreachRepository breaches,
            PromiseRepository promises, ReferralRepository referrals, Timeline timeline, AuditTrail audit,
            ApplicationEventPublisher events, TransactionTemplate transaction, ScheduledJobs jobs, Clock clock) {
        this.requests = requests;
        this.complaints = complaints;
        this.breaches = breaches;
        this.promises = promises;
        this.referrals = referrals;
        this.timeline = timeline;
        this.audit = audit;
        this.events = events;
        this.transaction = transaction;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${csms.jobs.service-deadline-sweep:PT1M}")
    @SchedulerLock(name = JOB, lockAtLeastFor = "${csms.jobs.service-deadline-sweep-lock:PT20S}")
    public void sweep() {
        jobs.run(JOB, () -> run(Instant.now(clock)));
    }

    /** One pass as of the given time; returns how many breaches and overdue tasks it marked. */
    int run(Instant now) {
        int marked = 0;
        for (ServiceRequest r : requests.newlyOverdue(Set.of(RequestStatus.OPEN, RequestStatus.WAITING), now,
                PageRequest.of(0, BATCH))) {
            marked += Boolean.TRUE.equals(transaction.execute(s -> breach(r.getId(), r.getDueAt(), now))) ? 1 : 0;
        }
        for (Promise p : promises.newlyOverdue(now, PageRequest.of(0, BATCH))) {
            marked += Boolean.TRUE.equals(transaction.execute(s -> promiseOverdue(p, now))) ? 1 : 0;
        }
        for (Referral f : referrals.newlyOverdue(now, PageRequest.of(0, BATCH))) {
            marked += Boolean.TRUE.equals(transaction.execute(s -> referralOverdue(f, now))) ? 1 : 0;
        }
        return marked;
    }

    private boolean breach(long id, Instant due, Instant now) {
        if (requests.markBreached(id, due, now) == 0) {
            return false;
        }
        ServiceRequest r = requests.findById(id).orElseThrow();
        Complaint c = r.isComplaint() ? complaints.findById(id).orElse(null) : null;
        String step = c == null ? "REPLY" : c.getStage().name();
        if (!breaches.existsByRequestIdAndStepAndDueAt(id, step, due)) {
            breaches.save(new RequestBreach(id, step, due, now));
        }
        timeline.add(id, null, TimelineKind.BREACH, null, step);
        audit.recordAs(AuditTrail.SYSTEM_ACTOR, "service.deadline-breached", RequestLookup.SUBJECT, id,
                r.getSubject(), Changes.none().field("step", null, step).field("dueAt", null, due));
        events.publishEvent(new DeadlineBreached(id, step, due, r.getDepartmentId(), r.getAssigneeId(),
                c != null && c.isCrisis()));
        return true;
    }

    private boolean promiseOverdue(Promise p, Instant now) {
        if (promises.markOverdue(p.getId(), now) == 0) {
            return false;
        }
        timeline.add(p.getRequestId(), null, TimelineKind.PROMISE_OVERDUE, p.getDescription(), null);
        events.publishEvent(new PromiseOverdue(p.getId(), p.getRequestId(), p.getAgentId(), p.getDueAt()));
        return true;
    }

    private boolean referralOverdue(Referral f, Instant now) {
        if (referrals.markOverdue(f.getId(), now) == 0) {
            return false;
        }
        timeline.add(f.getRequestId(), null, TimelineKind.BREACH, f.getQuestion(), "REFERRAL");
        return true;
    }
}
