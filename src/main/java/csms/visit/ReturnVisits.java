package csms.visit;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.customer.CustomerDirectory;
import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import csms.shared.ConflictException;
import csms.shared.NotFoundException;
import csms.shared.PageQuery;
import csms.shared.RuleViolation;
import csms.visit.internal.ReturnVisitRepository;
import csms.visit.internal.VisitQuestionRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Return visits for the agent who owes them (VIS-1): the lists by planned time, the visit screen, and recording the
 * call — reached (with the questionnaire, VIS-3), not reached, busy (moved to the agreed time), refused. Only the
 * visit's agent, the supervisor of the agent's team and managers see a visit; anyone else gets 404.
 */
@Service
public class ReturnVisits {

    public static final String SUBJECT = "ReturnVisit";
    /** Who the audit trail names for what the customer did through a link. */
    static final String CUSTOMER_ACTOR = "customer";
    private static final Map<String, String> SORTS = Map.of("planned", "plannedAt", "due", "dueBy",
            "customer", "customerName");
    private static final Sort DEFAULT_SORT = Sort.by("plannedAt", "id");
    /** "No limit" for the list's time filters. */
    private static final Instant FAR_FUTURE = Instant.parse("3000-01-01T00:00:00Z");

    private final ReturnVisitRepository visits;
    private final VisitQuestionRepository questions;
    private final QuietHoursPolicy quietHours;
    private final VisitFollowUps followUps;
    private final CustomerDirectory customers;
    private final UserAccounts users;
    private final AuditTrail audit;
    private final Clock clock;

    ReturnVisits(ReturnVisitRepository visits, VisitQuestionRepository questions, QuietHoursPolicy quietHours,
            VisitFollowUps followUps, CustomerDirectory customers, UserAccounts users, AuditTrail audit, Clock clock) {
        this.visits = visits;
        this.questions = questions;
        this.quietHours = quietHours;
        this.followUps = followUps;
        this.customers = customers;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The signed-in user's visits in one of the lists, sorted by planned time; a supervisor sees the team's, a
     * manager all. {@code requestId} narrows to one source request's visits.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public Page<VisitRow> list(VisitView view, Long requestId, boolean mineOnly, PageQuery page) {
        return list(view, requestId, null, null, mineOnly, page);
    }

    /**
     * The same, narrowed to one campaign's visits (VIS-6) and one agent's when given; the viewer's scope still
     * applies (an agent naming another agent finds nothing).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public Page<VisitRow> list(VisitView view, Long requestId, Long campaignId, Long agentId, boolean mineOnly,
            PageQuery page) {
        VisitAccess access = VisitAccess.current();
        Instant now = Instant.now(clock);
        ZoneId zone = quietHours.zone();
        VisitView v = view == null ? VisitView.OPEN : view;
        Set<VisitStatus> statuses = v == VisitView.ENDED
                ? EnumSet.of(VisitStatus.DONE, VisitStatus.REFUSED, VisitStatus.CANCELLED)
                : EnumSet.of(VisitStatus.PLANNED, VisitStatus.NOT_REACHED);
        Instant plannedBefore = FAR_FUTURE;
        Instant dueBefore = FAR_FUTURE;
        int minute = -1;
        if (v == VisitView.DUE_TODAY) {
            dueBefore = LocalDate.ofInstant(now, zone).plusDays(1).atStartOfDay(zone).toInstant();
        } else if (v == VisitView.OVERDUE) {
            dueBefore = now;
        } else if (v == VisitView.CALLABLE_NOW) {
            if (quietHours.organisation().isQuiet(now, zone)) {
                statuses = EnumSet.noneOf(VisitStatus.class);
            }
            plannedBefore = now.plusSeconds(1);
            ZonedDateTime t = now.atZone(zone);
            minute = t.getHour() * 60 + t.getMinute();
        }
        if (statuses.isEmpty()) {
            return Page.empty(page.toPageable(SORTS, DEFAULT_SORT));
        }
        Page<ReturnVisit> found = visits.search(access.viewerId(), access.teamDepartment(), access.all(), mineOnly,
                requestId, campaignId, agentId, statuses, plannedBefore, dueBefore, minute,
                page.toPageable(SORTS, DEFAULT_SORT));
        Map<Long, UserAccount> agents = users.byIds(found.getContent().stream().map(ReturnVisit::getAgentId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        Map<Long, QuietHours> hours = quietHours.forCustomers(found.getContent().stream()
                .map(ReturnVisit::getCustomerId).collect(Collectors.toSet()));
        return found.map(r -> new VisitRow(r, r.getStatus().isOpen() && !r.getPlannedAt().isAfter(now)
                && !hours.get(r.getCustomerId()).isQuiet(now, zone), r.isOverdue(now),
                Optional.ofNullable(r.getAgentId()).map(agents::get).map(UserAccount::getDisplayName).orElse(null)));
    }

    /** The visit screen; 404 when the viewer may not see the visit. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public VisitDetails view(long id) {
        ReturnVisit v = visible(id);
        Instant now = Instant.now(clock);
        QuietHours customerHours = quietHours.forCustomer(v.getCustomerId());
        QuietHours organisation = quietHours.organisation();
        QuietHours.Window own = customerHours.windows().size() > organisation.windows().size()
                ? customerHours.windows().getLast() : null;
        String agent = v.getAgentId() == null ? null
                : Optional.ofNullable(users.byIds(Set.of(v.getAgentId())).get(v.getAgentId()))
                        .map(UserAccount::getDisplayName).orElse(null);
        return new VisitDetails(v, customers.card(v.getCustomerId()).orElse(null),
                questions.findByKindOrderByPosition(v.getKind()), own, organisation,
                v.getStatus().isOpen() && !customerHours.isQuiet(now, quietHours.zone()), v.isOverdue(now), agent,
                v.getAnswers());
    }

    /** The latest visit planned for a source request, if the viewer may see it. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public Optional<ReturnVisit> forRequest(long requestId) {
        VisitAccess access = VisitAccess.current();
        return visits.findFirstBySourceRequestIdOrderByRoundDesc(requestId).filter(access::sees);
    }

    /**
     * Records the call on the version the agent saw (stale → 409, ended → 409, bad input → 422). A reached
     * customer's unsatisfied or average answer opens a request or reopens the complaint (VIS-8); a complaint's
     * follow-up closes the complaint when satisfied (CMP-7).
     */
    @Transactional
    @PreAuthorize("hasRole('AGENT')")
    public ReturnVisit record(long id, VisitRecord r) {
        ReturnVisit v = visible(id);
        if (r.version() == null) {
            throw RuleViolation.onField("version", "validation.version");
        }
        ConflictException.requireVersion(r.version(), v.getVersion(), SUBJECT, id);
        if (r.outcome() == null) {
            throw RuleViolation.onField("outcome", "validation.required");
        }
        if (r.note() != null && r.note().length() > ReturnVisit.NOTE_MAX) {
            throw RuleViolation.onField("note", "visit.text-length", ReturnVisit.NOTE_MAX);
        }
        Instant now = Instant.now(clock);
        VisitStatus before = v.getStatus();
        Changes changes = Changes.none().field("outcome", v.getOutcome(), r.outcome());
        switch (r.outcome()) {
            case REACHED -> {
                if (r.satisfaction() == null) {
                    throw RuleViolation.onField("satisfaction", "validation.required");
                }
                if (v.getKind() == VisitKind.COMPLAINT_FOLLOW_UP && r.note() == null) {
                    throw RuleViolation.onField("note", "visit.note-required");
                }
                v.recordReached(r.satisfaction(), answers(v.getKind(), r.answers()), r.note(), now);
                changes.field("satisfaction", null, r.satisfaction());
            }
            case NOT_REACHED -> v.recordNotReached(r.note(), now);
            case REFUSED -> v.recordRefused(r.note(), now);
            case CALL_BACK -> {
                Instant agreed = agreedTime(v, r, now);
                changes.field("plannedAt", v.getPlannedAt(), agreed);
                v.moveTo(agreed, r.customerAsked(), r.note());
            }
        }
        v.recordedVia(RecordedVia.PHONE);
        changes.field("status", before, v.getStatus());
        visits.saveAndFlush(v);
        audit.record("visit.recorded", SUBJECT, id, v.getCustomerName(), changes);
        if (r.outcome() == VisitOutcome.REACHED) {
            followUps.after(v);
        }
        return v;
    }

    /**
     * The customer's own answers through the questionnaire link (VIS-6): the same reached visit as the agent's call
     * (same answers check, same VIS-8 follow-ups, run as whoever the caller signed in), recorded as WEB and audited
     * as the customer. {@code note} is the customer's comment, or the stored note saying there was none.
     */
    ReturnVisit recordOnline(ReturnVisit v, SurveyAnswers a, String note) {
        if (a.satisfaction() == null) {
            throw RuleViolation.onField("satisfaction", "validation.required");
        }
        if (a.comment() != null && a.comment().length() > ReturnVisit.NOTE_MAX) {
            throw RuleViolation.onField("comment", "visit.text-length", ReturnVisit.NOTE_MAX);
        }
        List<VisitAnswer> given = answers(v.getKind(), a.answers());
        VisitStatus before = v.getStatus();
        Changes changes = Changes.none().field("outcome", v.getOutcome(), VisitOutcome.REACHED)
                .field("satisfaction", null, a.satisfaction());
        v.recordReached(a.satisfaction(), given, note, Instant.now(clock));
        v.recordedVia(RecordedVia.WEB);
        visits.saveAndFlush(v);
        audit.recordAs(CUSTOMER_ACTOR, "visit.answered-online", SUBJECT, v.getId(), v.getCustomerName(),
                changes.field("status", before, v.getStatus()));
        followUps.after(v);
        return v;
    }

    private Instant agreedTime(ReturnVisit v, VisitRecord r, Instant now) {
        if (r.callBackAt() == null) {
            throw RuleViolation.onField("callBackAt", "validation.required");
        }
        ZoneId zone = quietHours.zone();
        Instant agreed = r.callBackAt().atZone(zone).toInstant();
        if (!agreed.isAfter(now)) {
            throw RuleViolation.onField("callBackAt", "visit.call-back-future");
        }
        if (!r.customerAsked() && quietHours.forCustomer(v.getCustomerId()).isQuiet(agreed, zone)) {
            throw RuleViolation.onField("callBackAt", "visit.call-back-quiet");
        }
        return agreed;
    }

    private List<VisitAnswer> answers(VisitKind kind, List<String> given) {
        List<VisitQuestion> asked = questions.findByKindOrderByPosition(kind);
        List<VisitAnswer> out = new java.util.ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            String a = i < given.size() ? given.get(i) : null;
            if (a == null) {
                continue;
            }
            VisitQuestion q = asked.get(i);
            if (q.getAnswerType() == AnswerType.SCORE) {
                if (!a.matches("[1-5]")) {
                    throw RuleViolation.onField("answers[" + i + "]", "visit.score-range");
                }
                out.add(new VisitAnswer(q.getText(), Integer.valueOf(a), null));
            } else {
                if (a.length() > 1000) {
                    throw RuleViolation.onField("answers[" + i + "]", "visit.text-length", 1000);
                }
                out.add(new VisitAnswer(q.getText(), null, a));
            }
        }
        return out;
    }

    private ReturnVisit visible(long id) {
        return VisitAccess.current().require(visits.findById(id).orElseThrow(() -> new NotFoundException(SUBJECT, id)),
                id);
    }
}
