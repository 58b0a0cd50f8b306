package csms.visit;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.customer.CustomerCard;
import csms.customer.CustomerDirectory;
import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import csms.service.ComplaintClosed;
import csms.service.ComplaintResolved;
import csms.service.ServiceCompleted;
import csms.system.RuleSettings;
import csms.visit.internal.ReturnVisitRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Plans visits from the service module's events, in the same transaction: a member customer's completed service
 * is visited within the rule's days (VIS-1), a resolved complaint by its follow-up deadline (CMP-7). The visit is
 * planned at the first callable instant; the agent is the request's, else the customer's owner. A second delivery
 * of the same event finds the open visit and plans nothing; a complaint reopened by its follow-up and resolved again
 * owes a new visit (the next round).
 */
@Component
class VisitPlanner {

    private final ReturnVisitRepository visits;
    private final CustomerDirectory customers;
    private final UserAccounts users;
    private final QuietHoursPolicy quietHours;
    private final RuleSettings rules;
    private final AuditTrail audit;
    private final Clock clock;

    VisitPlanner(ReturnVisitRepository visits, CustomerDirectory customers, UserAccounts users,
            QuietHoursPolicy quietHours, RuleSettings rules, AuditTrail audit, Clock clock) {
        this.visits = visits;
        this.customers = customers;
        this.users = users;
        this.quietHours = quietHours;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void on(ServiceCompleted e) {
        customers.card(e.customerId()).filter(CustomerCard::member).ifPresent(card -> plan(VisitKind.SERVICE, card,
                e.requestId(), e.agentId(), e.completedAt(), e.completedAt().plus(dueWithin())));
    }

    @EventListener
    void on(ComplaintResolved e) {
        Instant now = Instant.now(clock);
        Instant due = e.followUpDueAt() != null ? e.followUpDueAt() : now.plus(dueWithin());
        customers.card(e.customerId()).ifPresent(card -> plan(VisitKind.COMPLAINT_FOLLOW_UP, card, e.requestId(),
                e.agentId(), now, due));
    }

    /**
     * The complaint was closed while its follow-up visit was still owed: the follow-up was recorded another way
     * (the API's follow-up step), so the visit is cancelled rather than left overdue.
     */
    @EventListener
    void on(ComplaintClosed e) {
        visits.findFirstBySourceRequestIdOrderByRoundDesc(e.requestId()).filter(v -> v.getStatus().isOpen())
                .ifPresent(v -> {
                    VisitStatus before = v.getStatus();
                    v.cancel();
                    visits.saveAndFlush(v);
                    audit.record("visit.cancelled", ReturnVisits.SUBJECT, v.getId(), v.getCustomerName(),
                            Changes.none().field("status", before, VisitStatus.CANCELLED));
                });
    }

    private void plan(VisitKind kind, CustomerCard card, long requestId, Long requestAgentId, Instant completedAt,
            Instant dueBy) {
        Optional<ReturnVisit> latest = visits.findFirstBySourceRequestIdOrderByRoundDesc(requestId);
        if (latest.isPresent() && latest.get().getStatus().isOpen()) {
            return; // the event came twice, or the visit is still owed: one visit per request at a time
        }
        int round = latest.map(v -> v.getRound() + 1).orElse(1);
        Long agentId = requestAgentId != null ? requestAgentId : card.ownerId();
        Long departmentId = agentId == null ? null
                : Optional.ofNullable(users.byIds(Set.of(agentId)).get(agentId)).map(UserAccount::getDepartmentId)
                        .orElse(null);
        Instant now = Instant.now(clock);
        Instant plannedAt = quietHours.firstCallable(card.id(), completedAt.isBefore(now) ? now : completedAt);
        ReturnVisit v = visits.saveAndFlush(new ReturnVisit(kind, card.id(), card.name(), requestId, round,
                completedAt, agentId, departmentId, plannedAt, dueBy, now));
        audit.record("visit.planned", ReturnVisits.SUBJECT, v.getId(), card.name(), Changes.none()
                .field("kind", null, kind).field("plannedAt", null, plannedAt).field("dueBy", null, dueBy));
    }

    private Duration dueWithin() {
        return Duration.ofDays(rules.value(VisitRules.DUE_DAYS));
    }
}
