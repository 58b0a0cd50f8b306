package csms.visit;

import csms.customer.CustomerCard;
import csms.customer.CustomerDirectory;
import csms.customer.CustomerFilter;
import csms.identity.UserAccount;
import csms.visit.CampaignDistribution.Candidate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a campaign's visits in bulk (VIS-6): reads the selection page by page, distributes it
 * ({@link CampaignDistribution}) and inserts the visits with JDBC batches — {@code ReturnVisit} has IDENTITY keys,
 * which Hibernate cannot batch — reading the customers' quiet hours per chunk, never per customer.
 */
@Component
class CampaignVisitWriter {

    private static final int READ_PAGE = CustomerDirectory.MAX_SELECTION_PAGE;
    private static final int INSERT_BATCH = 500;
    private static final String INSERT = """
            insert into return_visit (customer_id, customer_name, kind, round, agent_id, department_id, planned_at,
              due_by, status, attempts, rescheduled_on_request, created_at, version, campaign_id)
            values (?, ?, 'CAMPAIGN', 1, ?, ?, ?, ?, 'PLANNED', 0, false, ?, 0, ?)
            """;

    private final CustomerDirectory customers;
    private final QuietHoursPolicy quietHours;
    private final JdbcTemplate jdbc;

    CampaignVisitWriter(CustomerDirectory customers, QuietHoursPolicy quietHours, JdbcTemplate jdbc) {
        this.customers = customers;
        this.quietHours = quietHours;
        this.jdbc = jdbc;
    }

    /** Every customer the filter finds for the signed-in user, by id, read page by page. */
    List<CustomerCard> selected(CustomerFilter filter) {
        List<CustomerCard> all = new ArrayList<>();
        Page<CustomerCard> page;
        int n = 0;
        do {
            page = customers.matching(filter, n++, READ_PAGE);
            all.addAll(page.getContent());
        } while (page.hasNext());
        return all;
    }

    /**
     * One PLANNED visit per customer for its agent, planned at the customer's first callable instant from
     * {@code now}, due at the end of the campaign's due date; returns the visits per agent in the agents' order.
     */
    Map<Long, Integer> write(VisitCampaign c, List<CustomerCard> selected, List<Long> chosen,
            Map<Long, UserAccount> agents, Instant now) {
        Map<Long, Long> assignment = CampaignDistribution.distribute(
                selected.stream().map(s -> new Candidate(s.id(), s.ownerId())).toList(), chosen);
        ZoneId zone = quietHours.zone();
        OffsetDateTime dueBy = ts(c.getDueDate().plusDays(1).atStartOfDay(zone).toInstant());
        for (int from = 0; from < selected.size(); from += INSERT_BATCH) {
            List<CustomerCard> chunk = selected.subList(from, Math.min(from + INSERT_BATCH, selected.size()));
            Map<Long, QuietHours> hours = quietHours.forCustomers(chunk.stream().map(CustomerCard::id).toList());
            List<Object[]> rows = new ArrayList<>(chunk.size());
            for (CustomerCard s : chunk) {
                Long agent = assignment.get(s.id());
                rows.add(new Object[] { s.id(), s.name(), agent, agents.get(agent).getDepartmentId(),
                        ts(hours.get(s.id()).firstCallable(now, zone)), dueBy, ts(now), c.getId() });
            }
            jdbc.batchUpdate(INSERT, rows);
        }
        Map<Long, Integer> perAgent = new LinkedHashMap<>();
        chosen.forEach(a -> perAgent.put(a, 0));
        assignment.values().forEach(a -> perAgent.merge(a, 1, Integer::sum));
        return perAgent;
    }

    private static OffsetDateTime ts(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }
}
