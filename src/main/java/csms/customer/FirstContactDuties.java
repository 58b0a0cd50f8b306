package csms.customer;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.customer.internal.AssignmentQueries;
import csms.customer.internal.CustomerRepository;
import csms.identity.SignedInUser;
import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import csms.shared.PageQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first-contact duty (CUS-5): an agent contacts every newly assigned customer within the configured days.
 * Open duties are listed for the owner and for the team's supervisor, overdue first; overdue ones are marked
 * and announced once.
 */
@Service
public class FirstContactDuties {

    private static final Logger log = LoggerFactory.getLogger(FirstContactDuties.class);
    /** Overdue duties come first because they are due earliest. */
    static final Sort DUE_FIRST = Sort.by("firstContact.dueAt", "id");
    static final Map<String, String> SORTS = Map.of("firstContactDueAt", "firstContact.dueAt");
    private static final int SWEEP_BATCH = 500;

    private final AssignmentQueries queries;
    private final CustomerRepository customers;
    private final AssignmentScope scope;
    private final UserAccounts users;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    FirstContactDuties(AssignmentQueries queries, CustomerRepository customers, AssignmentScope scope,
            UserAccounts users, AuditTrail audit, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, Clock clock) {
        this.queries = queries;
        this.customers = customers;
        this.scope = scope;
        this.users = users;
        this.audit = audit;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The signed-in agent's customers awaiting the first contact, overdue first, then by due time. */
    @Transactional(readOnly = true)
    public Page<FirstContactDuty> mine(PageQuery page) {
        SignedInUser me = scope.me();
        Instant now = Instant.now(clock);
        return queries.pendingFirstContacts(Set.of(me.id()), page.toPageable(SORTS, DUE_FIRST))
                .map(c -> FirstContactDuty.of(c, me.displayName(), now));
    }

    /**
     * A supervisor's team overview: per agent the duties awaiting and overdue, and the open duties overdue
     * first. A manager may name another department.
     */
    @Transactional(readOnly = true)
    public FirstContactOverview overview(Long departmentId, PageQuery page) {
        SignedInUser me = scope.assigner();
        Long department = AssignmentScope.department(me, departmentId);
        if (department == null) {
            return new FirstContactOverview(null, List.of(), new PageImpl<>(List.of(), page.toPageable(SORTS, DUE_FIRST), 0));
        }
        Instant now = Instant.now(clock);
        Set<Long> members = users.departmentMemberIds(department);
        Map<Long, Object[]> loads = loadRows(members, now);
        Set<Long> shown = new LinkedHashSet<>();
        scope.agents(me, department).forEach(a -> shown.add(a.getId()));
        loads.forEach((id, row) -> {
            if (((Number) row[3]).longValue() + ((Number) row[4]).longValue() > 0) {
                shown.add(id);
            }
        });
        Map<Long, UserAccount> names = users.byIds(shown);
        List<FirstContactOverview.AgentTally> tallies = shown.stream()
                .map(id -> AssignmentLoad.of(id, ContactRecords.name(names, id), loads.get(id)))
                .map(l -> new FirstContactOverview.AgentTally(l.agentId(), l.name(), l.awaiting(), l.overdue()))
                .sorted(Comparator.comparingLong(FirstContactOverview.AgentTally::overdue).reversed()
                        .thenComparing(FirstContactOverview.AgentTally::name))
                .toList();
        Page<FirstContactDuty> duties = members.isEmpty()
                ? new PageImpl<>(List.of(), page.toPageable(SORTS, DUE_FIRST), 0)
                : queries.pendingFirstContacts(members, page.toPageable(SORTS, DUE_FIRST))
                        .map(c -> FirstContactDuty.of(c, ContactRecords.name(names, c.getOwnerId()), now));
        return new FirstContactOverview(department, tallies, duties);
    }

    /** What each agent carries now (customers, potential, open duties); agents without customers count zero. */
    @Transactional(readOnly = true)
    public List<AssignmentLoad> loads(Collection<UserAccount> agents) {
        Map<Long, Object[]> rows = loadRows(agents.stream().map(UserAccount::getId).toList(), Instant.now(clock));
        return agents.stream().map(a -> AssignmentLoad.of(a.getId(), a.getDisplayName(), rows.get(a.getId()))).toList();
    }

    /**
     * Marks every duty overdue as of the given time, once each: sets the mark, publishes
     * {@link FirstContactOverdue} and audits it as "system". Each customer commits on its own, so one busy record
     * does not hold back the others (it is retried on the next run). Returns how many were marked.
     */
    public int markOverdue(Instant asOf) {
        int marked = 0;
        for (Long id : queries.newlyOverdue(asOf, Limit.of(SWEEP_BATCH))) {
            try {
                if (Boolean.TRUE.equals(transaction.execute(status -> markOne(id, asOf)))) {
                    marked++;
                }
            } catch (OptimisticLockingFailureException e) {
                log.info("Customer {} changed while marking its first contact overdue; retried next run", id);
            }
        }
        return marked;
    }

    private boolean markOne(long customerId, Instant asOf) {
        Customer customer = customers.findById(customerId).orElse(null);
        if (customer == null || !customer.markFirstContactOverdue(asOf)) {
            return false;
        }
        customers.saveAndFlush(customer);
        events.publishEvent(new FirstContactOverdue(customerId, customer.getOwnerId(), customer.getFirstContactDueAt()));
        audit.recordAs(AuditTrail.SYSTEM_ACTOR, "customer.first-contact-overdue", "Customer", customerId,
                customer.getName(), Changes.none().field("ownerId", null, customer.getOwnerId())
                        .field("firstContactDueAt", null, customer.getFirstContactDueAt())
                        .field("firstContactOverdueAt", null, asOf));
        return true;
    }

    private Map<Long, Object[]> loadRows(Collection<Long> owners, Instant now) {
        Map<Long, Object[]> rows = new HashMap<>();
        if (!owners.isEmpty()) {
            queries.loads(owners, now).forEach(r -> rows.put(((Number) r[0]).longValue(), r));
        }
        return rows;
    }
}
