package csms.visit;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.customer.CustomerKind;
import csms.customer.CustomerSegment;
import csms.customer.CustomerSegments;
import csms.customer.SegmentMember;
import csms.system.RuleSettings;
import csms.visit.internal.ReturnVisitRepository;
import csms.visit.internal.ScheduledKey;
import csms.visit.internal.VisitOccasionRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates the scheduled visits (ADR 0012): the periodic satisfaction visit of the configured segment every
 * {@code visit.periodic-months} months (VIS-3), the regular visit of every customer at its kind's interval (VIS-4),
 * and the special visit of an occasion's segment (VIS-5). A visit belongs to a fixed calendar window
 * ({@link VisitPeriod}) or an occasion, is planned at the customer's first callable instant in it and due by its end;
 * the agent is the customer's owner.
 * <p>
 * The archive is walked in id batches (one query for the customers, one for their owners, one for the visits they
 * already have, one for their quiet hours). Each batch is inserted in its own transaction; a customer owes one
 * visit per kind and period key (unique constraint), so when another node planned some of the batch meanwhile the
 * batch is rolled back and retried customer by customer, each duplicate skipped. Running again in the same period
 * plans nothing.
 */
@Component
class ScheduledVisits {

    static final int BATCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledVisits.class);

    private final CustomerSegments segments;
    private final PeriodicVisitSettings periodic;
    private final ReturnVisitRepository visits;
    private final VisitOccasionRepository occasions;
    private final QuietHoursPolicy quietHours;
    private final RuleSettings rules;
    private final AuditTrail audit;
    private final TransactionTemplate tx;

    ScheduledVisits(CustomerSegments segments, PeriodicVisitSettings periodic, ReturnVisitRepository visits,
            VisitOccasionRepository occasions, QuietHoursPolicy quietHours, RuleSettings rules, AuditTrail audit,
            PlatformTransactionManager txm) {
        this.segments = segments;
        this.periodic = periodic;
        this.visits = visits;
        this.occasions = occasions;
        this.quietHours = quietHours;
        this.rules = rules;
        this.audit = audit;
        this.tx = new TransactionTemplate(txm);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Plans the visits owed at {@code now}; returns how many were planned. */
    int generate(Instant now) {
        return periodicVisits(now) + regularVisits(now) + specialVisits(now);
    }

    /**
     * VIS-5: one SPECIAL visit per customer of an occasion's segment, from the occasion's first visiting day (its
     * {@code daysBefore} ahead) to the day itself.
     */
    int specialVisits(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, quietHours.zone());
        int planned = 0;
        for (VisitOccasion o : occasions.findByDateBetweenOrderByDate(today,
                today.plusDays(VisitOccasion.DAYS_BEFORE_MAX))) {
            VisitPeriod period = o.period();
            if (!today.isBefore(period.start())) {
                planned += walk(o.segment(), now, VisitKind.SPECIAL, member -> period);
            }
        }
        return planned;
    }

    /** VIS-3: one PERIODIC visit per customer of the segment and window. */
    int periodicVisits(Instant now) {
        ZoneId zone = quietHours.zone();
        VisitPeriod period = VisitPeriod.containing(LocalDate.ofInstant(now, zone),
                rules.value(VisitRules.PERIODIC_MONTHS));
        return walk(periodic.current().segment(), now, VisitKind.PERIODIC, member -> period);
    }

    /** VIS-4: one REGULAR visit per customer and window of its kind's interval (a kind with 0 gets none). */
    int regularVisits(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, quietHours.zone());
        int person = rules.value(VisitRules.REGULAR_MONTHS_PERSON);
        int organisation = rules.value(VisitRules.REGULAR_MONTHS_ORGANISATION);
        Set<CustomerKind> kinds = EnumSet.noneOf(CustomerKind.class);
        if (person > 0) {
            kinds.add(CustomerKind.PERSON);
        }
        if (organisation > 0) {
            kinds.add(CustomerKind.ORGANISATION);
        }
        if (kinds.isEmpty()) {
            return 0;
        }
        Map<CustomerKind, VisitPeriod> periods = kinds.stream().collect(Collectors.toMap(k -> k,
                k -> VisitPeriod.containing(today, k == CustomerKind.PERSON ? person : organisation)));
        return walk(new CustomerSegment(false, kinds, Set.of()), now, VisitKind.REGULAR,
                member -> periods.get(member.kind()));
    }

    private int walk(CustomerSegment segment, Instant now, VisitKind kind,
            Function<SegmentMember, VisitPeriod> periodOf) {
        int planned = 0;
        long after = 0;
        while (true) {
            List<SegmentMember> batch = segments.after(segment, after, BATCH);
            if (batch.isEmpty()) {
                return planned;
            }
            after = batch.get(batch.size() - 1).id();
            planned += planBatch(kind, batch, periodOf, now);
            if (batch.size() < BATCH) {
                return planned;
            }
        }
    }

    private int planBatch(VisitKind kind, List<SegmentMember> batch,
            Function<SegmentMember, VisitPeriod> periodOf, Instant now) {
        Set<String> keys = batch.stream().map(m -> periodOf.apply(m).key()).collect(Collectors.toSet());
        Set<ScheduledKey> existing = new HashSet<>(visits.scheduled(kind,
                batch.stream().map(SegmentMember::id).toList(), keys));
        List<SegmentMember> owed = batch.stream()
                .filter(m -> !existing.contains(new ScheduledKey(m.id(), periodOf.apply(m).key()))).toList();
        if (owed.isEmpty()) {
            return 0;
        }
        ZoneId zone = quietHours.zone();
        Map<Long, QuietHours> quiet = quietHours.forCustomers(owed.stream().map(SegmentMember::id).toList());
        List<ReturnVisit> planned = new ArrayList<>(owed.size());
        for (SegmentMember m : owed) {
            VisitPeriod p = periodOf.apply(m);
            Instant start = p.start().atStartOfDay(zone).toInstant();
            Instant ideal = start.isAfter(now) ? start : now;
            planned.add(ReturnVisit.scheduled(kind, m.id(), m.name(), p.key(), m.ownerId(), m.ownerDepartmentId(),
                    quiet.get(m.id()).firstCallable(ideal, zone), p.endExclusive().atStartOfDay(zone).toInstant(),
                    now));
        }
        try {
            return tx.execute(s -> save(kind, planned));
        } catch (DataIntegrityViolationException raced) {
            // Another node planned some of them meanwhile: keep the others, one transaction each.
            LOG.info("{} visits: another node planned part of a batch, planning customer by customer", kind);
            int saved = 0;
            for (ReturnVisit v : planned) {
                try {
                    saved += tx.execute(s -> save(kind, List.of(copy(v))));
                } catch (DataIntegrityViolationException duplicate) {
                    // planned by the other node: exactly one visit per customer and period
                }
            }
            return saved;
        }
    }

    private int save(VisitKind kind, List<ReturnVisit> planned) {
        visits.saveAllAndFlush(planned);
        audit.record("visit.scheduled", ReturnVisits.SUBJECT, null, kind + " " + planned.get(0).getPeriodKey(),
                Changes.none().field("kind", null, kind).field("count", null, planned.size()));
        return planned.size();
    }

    /** A fresh instance: the one of the rolled-back batch may carry the id it was given before the rollback. */
    private static ReturnVisit copy(ReturnVisit v) {
        return ReturnVisit.scheduled(v.getKind(), v.getCustomerId(), v.getCustomerName(), v.getPeriodKey(),
                v.getAgentId(), v.getDepartmentId(), v.getPlannedAt(), v.getDueBy(), v.getCreatedAt());
    }
}
