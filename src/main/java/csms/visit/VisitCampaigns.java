package csms.visit;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.customer.CustomerCard;
import csms.customer.CustomerDirectory;
import csms.identity.SignedInUser;
import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import csms.shared.ConflictException;
import csms.shared.NotFoundException;
import csms.shared.PageQuery;
import csms.shared.Role;
import csms.shared.RuleViolation;
import csms.visit.CampaignProgress.AgentCounts;
import csms.visit.CampaignProgress.Counts;
import csms.visit.internal.ReturnVisitRepository;
import csms.visit.internal.VisitCampaignRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Return-visit campaigns 回访活动 (VIS-6): a supervisor or manager selects customers from the archive by its filter
 * (only those the user may know of, CUS-6), sees how many, distributes them evenly to active agents as visits of
 * kind CAMPAIGN (written in batches), follows the progress per agent and closes the campaign, which cancels the
 * visits still owed. A supervisor sees the own team's campaigns, managers all; anyone else 404 (agents 403).
 */
@Service
public class VisitCampaigns {

    public static final String SUBJECT = "VisitCampaign";
    private static final Map<String, String> SORTS = Map.of("name", "name", "due", "dueDate", "created", "createdAt",
            "status", "status");
    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));
    private static final Set<VisitStatus> OPEN = EnumSet.of(VisitStatus.PLANNED, VisitStatus.NOT_REACHED);

    private final VisitCampaignRepository campaigns;
    private final ReturnVisitRepository visits;
    private final CustomerDirectory customers;
    private final UserAccounts users;
    private final QuietHoursPolicy quietHours;
    private final AuditTrail audit;
    private final CampaignVisitWriter writer;
    private final Clock clock;

    VisitCampaigns(VisitCampaignRepository campaigns, ReturnVisitRepository visits, CustomerDirectory customers,
            UserAccounts users, QuietHoursPolicy quietHours, AuditTrail audit, CampaignVisitWriter writer,
            Clock clock) {
        this.campaigns = campaigns;
        this.visits = visits;
        this.customers = customers;
        this.users = users;
        this.quietHours = quietHours;
        this.audit = audit;
        this.writer = writer;
        this.clock = clock;
    }

    /** One page of the campaigns the user may see, of the given statuses (none: all), newest first by default. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SUPERVISOR')")
    public Page<CampaignRow> list(CampaignStatus status, PageQuery page) {
        SignedInUser me = SignedInUser.current();
        Set<CampaignStatus> statuses = status == null ? EnumSet.allOf(CampaignStatus.class) : EnumSet.of(status);
        Page<VisitCampaign> found = campaigns.search(me.hasAtLeast(Role.DEPT_MANAGER), me.departmentId(), me.id(), statuses,
                page.toPageable(SORTS, DEFAULT_SORT));
        Map<Long, long[]> totals = new HashMap<>();
        if (!found.isEmpty()) {
            visits.campaignTotals(found.map(VisitCampaign::getId).getContent(), OPEN).forEach(r -> totals.put(
                    (Long) r[0], new long[] { ((Number) r[1]).longValue(), ((Number) r[2]).longValue() }));
        }
        return found.map(c -> {
            long[] t = totals.getOrDefault(c.getId(), new long[2]);
            return new CampaignRow(c, t[0], t[1]);
        });
    }

    /** How many customers the selection finds for the signed-in user now (the count before committing). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SUPERVISOR')")
    public long count(CampaignDraft.Selection selection) {
        return customers.matching(selection.filter(SignedInUser.current().id()), 0, 1).getTotalElements();
    }

    /** Creates a draft campaign for the user's team; bad input → 422. */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public VisitCampaign create(CampaignDraft draft) {
        SignedInUser me = SignedInUser.current();
        validate(draft, me.id());
        VisitCampaign c = campaigns.saveAndFlush(new VisitCampaign(draft, me.departmentId(), me.id(), now()));
        audit.record("visit.campaign-created", SUBJECT, c.getId(), c.getName(), Changes.none()
                .field("name", null, c.getName()).field("channel", null, c.getChannel())
                .field("dueDate", null, c.getDueDate()).field("selection", null, c.selection()));
        return c;
    }

    /** Changes the details on the version the user saw (stale → 409); closed → 409; the selection only as a draft. */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public VisitCampaign change(long id, CampaignDraft draft, long version) {
        VisitCampaign c = visible(id);
        ConflictException.requireVersion(version, c.getVersion(), SUBJECT, id);
        if (c.isClosed()) {
            throw new ConflictException("campaign.closed");
        }
        validate(draft, c.getCreatedBy());
        Changes changes = Changes.none().field("name", c.getName(), draft.name())
                .field("purpose", c.getPurpose(), draft.purpose()).field("channel", c.getChannel(), draft.channel())
                .field("dueDate", c.getDueDate(), draft.dueDate());
        c.change(draft);
        campaigns.saveAndFlush(c);
        audit.record("visit.campaign-changed", SUBJECT, id, c.getName(), changes);
        return c;
    }

    /** The campaign; 404 when the user may not see it. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SUPERVISOR')")
    public VisitCampaign get(long id) {
        return visible(id);
    }

    /** The campaign with its progress; 404 when the user may not see it. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SUPERVISOR')")
    public CampaignProgress progress(long id) {
        VisitCampaign c = visible(id);
        Map<Long, Counts> byAgent = new LinkedHashMap<>();
        Counts total = Counts.NONE;
        for (Object[] r : visits.campaignProgress(id, OPEN, now())) {
            VisitStatus status = (VisitStatus) r[1];
            long count = ((Number) r[2]).longValue();
            long overdue = r[3] == null ? 0 : ((Number) r[3]).longValue();
            byAgent.merge(r[0] == null ? -1L : (Long) r[0], Counts.NONE.plus(status, count, overdue),
                    (a, b) -> a.plus(status, count, overdue));
            total = total.plus(status, count, overdue);
        }
        Map<Long, UserAccount> agents = users.byIds(byAgent.keySet());
        List<AgentCounts> rows = byAgent.entrySet().stream().map(e -> new AgentCounts(e.getKey() < 0 ? null
                : e.getKey(), agents.containsKey(e.getKey()) ? agents.get(e.getKey()).getDisplayName() : null,
                e.getValue())).sorted(Comparator.comparing(AgentCounts::agentName,
                        Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        long selected = c.getStatus() == CampaignStatus.DRAFT
                ? customers.matching(c.filter(), 0, 1).getTotalElements() : -1;
        LocalDate from = c.getDistributedAt() == null ? null
                : LocalDate.ofInstant(c.getDistributedAt(), quietHours.zone());
        LocalDate to = from == null ? null : (c.getDueDate().isBefore(from) ? from : c.getDueDate());
        return new CampaignProgress(c, total, rows, selected, from, to);
    }

    /** The agents a campaign may be distributed to: active agents of the user's team; for managers all. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SUPERVISOR')")
    public List<UserAccount> agentChoices() {
        SignedInUser me = SignedInUser.current();
        boolean all = me.hasAtLeast(Role.DEPT_MANAGER);
        return users.activeWithAnyRole(EnumSet.of(Role.AGENT)).stream()
                .filter(u -> all || (me.departmentId() != null && me.departmentId().equals(u.getDepartmentId())))
                .sorted(Comparator.comparing(UserAccount::getDisplayName).thenComparing(UserAccount::getId)).toList();
    }

    /**
     * Distributes the customers the selection finds now (as the user may know them) evenly to the agents chosen
     * ({@link CampaignDistribution}): one visit per customer, planned at the customer's first callable instant,
     * due by the end of the campaign's due date. The draft becomes ACTIVE; stale or not a draft → 409, no agents,
     * an agent not among the choices or nobody selected → 422. Returns the visits per agent.
     */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public Map<Long, Integer> distribute(long id, List<Long> agentIds, long version) {
        VisitCampaign c = visible(id);
        ConflictException.requireVersion(version, c.getVersion(), SUBJECT, id);
        if (c.getStatus() != CampaignStatus.DRAFT) {
            throw new ConflictException(c.isClosed() ? "campaign.closed" : "campaign.distributed");
        }
        List<Long> chosen = agentIds == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(agentIds.stream().filter(Objects::nonNull).toList()));
        if (chosen.isEmpty()) {
            throw RuleViolation.onField("agentIds", "campaign.agents-required");
        }
        Map<Long, UserAccount> allowed = agentChoices().stream()
                .collect(Collectors.toMap(UserAccount::getId, u -> u));
        if (!allowed.keySet().containsAll(chosen)) {
            throw RuleViolation.onField("agentIds", "campaign.agent-unknown");
        }
        List<CustomerCard> selected = writer.selected(c.filter());
        if (selected.isEmpty()) {
            throw RuleViolation.onField("agentIds", "campaign.nobody-selected");
        }
        Instant now = now();
        Map<Long, Integer> perAgent = writer.write(c, selected, chosen, allowed, now);
        c.distributed(now);
        campaigns.saveAndFlush(c);
        audit.record("visit.campaign-distributed", SUBJECT, id, c.getName(), Changes.none()
                .field("status", CampaignStatus.DRAFT, CampaignStatus.ACTIVE).field("visits", null, selected.size())
                .field("agents", null, perAgent.entrySet().stream()
                        .map(e -> allowed.get(e.getKey()).getDisplayName() + " " + e.getValue())
                        .collect(Collectors.joining(", "))));
        return perAgent;
    }

    /**
     * Closes (archives) the campaign on the version the user saw: the visits still owed are cancelled in one
     * statement and counted in the audit entry; closed again or stale → 409. Returns how many were cancelled.
     */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public int close(long id, long version) {
        VisitCampaign c = visible(id);
        ConflictException.requireVersion(version, c.getVersion(), SUBJECT, id);
        CampaignStatus before = c.getStatus();
        c.close(now());
        campaigns.saveAndFlush(c);
        int cancelled = visits.cancelOpenOfCampaign(id, OPEN);
        audit.record("visit.campaign-closed", SUBJECT, id, c.getName(), Changes.none()
                .field("status", before, CampaignStatus.CLOSED).field("cancelledVisits", null, cancelled));
        return cancelled;
    }

    /** The campaign as the user may see it: a supervisor the own team's and own, managers all; otherwise 404. */
    private VisitCampaign visible(long id) {
        VisitCampaign c = campaigns.findById(id).orElseThrow(() -> new NotFoundException(SUBJECT, id));
        SignedInUser me = SignedInUser.current();
        if (!me.hasAtLeast(Role.DEPT_MANAGER) && c.getCreatedBy() != me.id()
                && (me.departmentId() == null || !me.departmentId().equals(c.getDepartmentId()))) {
            throw new NotFoundException(SUBJECT, id);
        }
        return c;
    }

    private void validate(CampaignDraft d, long me) {
        if (d.name() == null) {
            throw RuleViolation.onField("name", "validation.required");
        }
        if (d.name().length() > VisitCampaign.NAME_MAX) {
            throw RuleViolation.onField("name", "campaign.text-length", VisitCampaign.NAME_MAX);
        }
        if (d.purpose() != null && d.purpose().length() > VisitCampaign.PURPOSE_MAX) {
            throw RuleViolation.onField("purpose", "campaign.text-length", VisitCampaign.PURPOSE_MAX);
        }
        if (d.channel() == null) {
            throw RuleViolation.onField("channel", "validation.required");
        }
        if (d.dueDate() == null) {
            throw RuleViolation.onField("dueDate", "validation.required");
        }
        if (d.dueDate().isBefore(LocalDate.ofInstant(now(), quietHours.zone()))) {
            throw RuleViolation.onField("dueDate", "campaign.due-past");
        }
        if (d.selection().q() != null && d.selection().q().length() > VisitCampaign.NAME_MAX) {
            throw RuleViolation.onField("q", "campaign.text-length", VisitCampaign.NAME_MAX);
        }
        d.selection().filter(me);
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
