package csms.customer;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.customer.internal.AssignmentQueries;
import csms.customer.internal.CustomerRepository;
import csms.identity.SignedInUser;
import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import csms.shared.ConflictException;
import csms.shared.NotFoundException;
import csms.shared.RuleViolation;
import csms.system.RuleSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assigning customers to responsible agents (CUS-4, CUS-5). A supervisor assigns within their team, a manager
 * anywhere; every assignment starts a first-contact duty due after the configured days and is audited. A new
 * owner of a confidential customer is announced ({@link CustomerVisibilityChanged}): the team that sees it moves.
 */
@Service
public class CustomerAssignment {

    /** The most customers one request may assign or propose. */
    public static final int MAX_BATCH = 500;

    private final CustomerRepository customers;
    private final AssignmentQueries queries;
    private final AssignmentScope scope;
    private final FirstContactDuties duties;
    private final UserAccounts users;
    private final RuleSettings rules;
    private final AuditTrail audit;
    private final Clock clock;
    private final VisibleCustomers visible;
    private final VisibilityAnnouncements announcements;

    CustomerAssignment(CustomerRepository customers, AssignmentQueries queries, AssignmentScope scope,
            FirstContactDuties duties, UserAccounts users, RuleSettings rules, AuditTrail audit, Clock clock,
            VisibleCustomers visible, VisibilityAnnouncements announcements) {
        this.customers = customers;
        this.queries = queries;
        this.scope = scope;
        this.duties = duties;
        this.users = users;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
        this.visible = visible;
        this.announcements = announcements;
    }

    /** Makes the agent responsible for the customers; each gets a new first-contact duty. All or nothing. */
    @Transactional
    public List<AssignmentOutcome> assign(Collection<Long> customerIds, long agentId) {
        SignedInUser me = scope.assigner();
        UserAccount agent = scope.requireAgent(me, agentId, "agentId");
        Set<Long> team = scope.team(me);
        List<Customer> targets = load(distinct(customerIds, "customerIds"));
        targets.forEach(c -> scope.requireAssignable(me, c, team));
        Map<Long, UserAccount> owners = owners(targets, Set.of(agentId));
        Duration within = firstContactWithin();
        Instant now = Instant.now(clock);
        return targets.stream().map(c -> assignOne(c, agent.getId(), owners, now, within)).toList();
    }

    /** Applies reviewed proposal lines, each against the customer version it was proposed for. All or nothing. */
    @Transactional
    public List<AssignmentOutcome> apply(List<AssignmentLine> lines) {
        SignedInUser me = scope.assigner();
        if (lines == null || lines.isEmpty() || lines.size() > MAX_BATCH) {
            throw RuleViolation.onField("lines", "customer.assignment.batch", MAX_BATCH);
        }
        requireOncePerCustomer(lines);
        Set<Long> agentIds = new LinkedHashSet<>();
        lines.forEach(l -> agentIds.add(l.agentId()));
        agentIds.forEach(id -> scope.requireAgent(me, id, "agentId"));
        Set<Long> team = scope.team(me);
        List<Customer> targets = load(lines.stream().map(AssignmentLine::customerId).toList());
        Map<Long, UserAccount> owners = owners(targets, agentIds);
        Duration within = firstContactWithin();
        Instant now = Instant.now(clock);
        List<AssignmentOutcome> done = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            AssignmentLine line = lines.get(i);
            Customer c = targets.get(i);
            ConflictException.requireVersion(line.version(), c.getVersion(), "Customer", c.getId());
            scope.requireAssignable(me, c, team);
            if (!Objects.equals(c.getOwnerId(), line.agentId())) {
                done.add(assignOne(c, line.agentId(), owners, now, within));
            }
        }
        return done;
    }

    /** Nobody is responsible any more; open first-contact duties end. Returns how many had an owner. */
    @Transactional
    public int unassign(Collection<Long> customerIds) {
        SignedInUser me = scope.assigner();
        Set<Long> team = scope.team(me);
        List<Customer> targets = load(distinct(customerIds, "customerIds"));
        targets.forEach(c -> scope.requireAssignable(me, c, team));
        Map<Long, UserAccount> owners = owners(targets, Set.of());
        Instant now = Instant.now(clock);
        int released = 0;
        for (Customer c : targets.stream().filter(c -> c.getOwnerId() != null).toList()) {
            Long before = c.getOwnerId();
            var visibility = VisibilityAnnouncements.Before.of(c);
            c.unassign(now);
            customers.saveAndFlush(c);
            audit.record("customer.unassigned", "Customer", c.getId(), c.getName(),
                    Changes.none().field("owner", label(owners, before), null));
            announcements.afterChange(c, visibility);
            released++;
        }
        return released;
    }

    /**
     * Proposes a balanced assignment of the customers (or, when none are named, of the unassigned ones) over the
     * agents, counting what each agent already carries. Nothing changes until the proposal is applied.
     */
    @Transactional(readOnly = true)
    public AssignmentProposal proposeBalanced(Collection<Long> customerIds, Collection<Long> agentIds) {
        SignedInUser me = scope.assigner();
        if (agentIds == null || agentIds.isEmpty()) {
            throw RuleViolation.onField("agentIds", "customer.assignment.no-agents");
        }
        List<UserAccount> agents = new LinkedHashSet<>(agentIds).stream()
                .map(id -> scope.requireAgent(me, id, "agentIds")).toList();
        Set<Long> team = scope.team(me);
        List<Customer> candidates = customerIds == null || customerIds.isEmpty()
                ? queries.unassigned(org.springframework.data.domain.Limit.of(MAX_BATCH))
                : load(distinct(customerIds, "customerIds"));
        candidates.forEach(c -> scope.requireAssignable(me, c, team));
        if (candidates.isEmpty()) {
            throw RuleViolation.onField("customerIds", "customer.assignment.nothing-to-propose");
        }
        return AssignmentProposals.propose(candidates, duties.loads(agents), owners(candidates, Set.of()));
    }

    /** Days an agent has for the first contact of a customer assigned now. */
    @Transactional(readOnly = true)
    public int firstContactDays() {
        return rules.value(AssignmentRules.FIRST_CONTACT_DAYS);
    }

    private AssignmentOutcome assignOne(Customer c, long agentId, Map<Long, UserAccount> owners, Instant now,
            Duration within) {
        Long before = c.getOwnerId();
        Instant dueBefore = c.getFirstContactDueAt();
        var visibility = VisibilityAnnouncements.Before.of(c);
        c.assignTo(agentId, now, within);
        customers.saveAndFlush(c);
        audit.record("customer.assigned", "Customer", c.getId(), c.getName(),
                Changes.none().field("owner", label(owners, before), label(owners, agentId))
                        .field("firstContactDueAt", dueBefore, c.getFirstContactDueAt()));
        announcements.afterChange(c, visibility);
        return AssignmentOutcome.of(c, before);
    }

    private Duration firstContactWithin() {
        return Duration.ofDays(firstContactDays());
    }

    /** The customers in the given order; a missing one is 404, and so is a confidential one out of reach (CUS-6). */
    List<Customer> load(List<Long> ids) {
        Map<Long, Customer> found = new java.util.HashMap<>();
        customers.findAllById(ids).forEach(c -> found.put(c.getId(), c));
        CustomerAccess access = visible.access();
        return ids.stream().map(id -> {
            Customer c = found.get(id);
            if (c == null || !visible.sees(access, c)) {
                throw new NotFoundException("Customer", id);
            }
            return c;
        }).toList();
    }

    private Map<Long, UserAccount> owners(List<Customer> targets, Set<Long> more) {
        Set<Long> ids = new HashSet<>(more);
        targets.stream().map(Customer::getOwnerId).filter(Objects::nonNull).forEach(ids::add);
        return users.byIds(ids);
    }

    private static void requireOncePerCustomer(List<AssignmentLine> lines) {
        Set<Long> seen = new HashSet<>();
        for (AssignmentLine l : lines) {
            if (!seen.add(l.customerId())) {
                throw RuleViolation.onField("lines", "customer.assignment.duplicate", l.customerId());
            }
        }
    }

    static String label(Map<Long, UserAccount> users, Long id) {
        return id == null ? null : ContactRecords.name(users, id) + " #" + id;
    }

    static List<Long> distinct(Collection<Long> ids, String field) {
        if (ids == null || ids.isEmpty()) {
            throw RuleViolation.onField(field, "customer.assignment.none-selected");
        }
        if (ids.size() > MAX_BATCH) {
            throw RuleViolation.onField(field, "customer.assignment.batch", MAX_BATCH);
        }
        return ids.stream().filter(Objects::nonNull).distinct().toList();
    }
}
