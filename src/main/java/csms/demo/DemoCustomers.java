package csms.demo;

import csms.customer.ContactChannel;
import csms.customer.ContactRecordDraft;
import csms.customer.ContactRecords;
import csms.customer.CustomerArchive;
import csms.customer.CustomerAssignment;
import csms.customer.CustomerGrades;
import csms.customer.FirstContactDuties;
import csms.demo.DemoStaff.Staffing;
import csms.demo.DemoStaff.Team;
import csms.identity.SignedInUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo customers, through the real facades: each team's supervisor registers customers and assigns most of
 * them to the team's agents; agents file some first contacts. Of the duties left open, some are made overdue or
 * due soon by moving their assignment back in time (see {@link #moveAssignmentBack}).
 */
final class DemoCustomers {

    /** Share of customers assigned to an agent, and of those whose owner has already made the first contact. */
    private static final double ASSIGNED = 0.85;
    private static final double CONTACTED = 0.45;

    private final CustomerArchive archive;
    private final CustomerGrades grades;
    private final CustomerAssignment assignment;
    private final ContactRecords contacts;
    private final FirstContactDuties duties;
    private final JdbcClient jdbc;
    private final DemoActor actor;
    private final Clock clock;

    DemoCustomers(CustomerArchive archive, CustomerGrades grades, CustomerAssignment assignment,
            ContactRecords contacts, FirstContactDuties duties, JdbcClient jdbc, DemoActor actor, Clock clock) {
        this.archive = archive;
        this.grades = grades;
        this.assignment = assignment;
        this.contacts = contacts;
        this.duties = duties;
        this.jdbc = jdbc;
        this.actor = actor;
        this.clock = clock;
    }

    /** Creates the plan's customers; returns how many first-contact duties ended up overdue. */
    int create(DemoPlan plan, Staffing staffing) {
        Random random = new Random(plan.seed());
        ChineseData data = new ChineseData(random);
        CustomerDrafts drafts = new CustomerDrafts(data, grades.standard(), staffing.accountManagerIds(), plan);
        List<String> summaries = plan.list("contact-summaries");
        List<Long> pending = new ArrayList<>();
        List<Team> teams = staffing.teams();
        int[] registered = { 0 };
        for (int t = 0; t < teams.size(); t++) {
            Team team = teams.get(t);
            int count = plan.customers() / teams.size() + (t < plan.customers() % teams.size() ? 1 : 0);
            Map<SignedInUser, List<Long>> byAgent = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                long id = actor.as(team.supervisor(), () -> archive.register(drafts.next(++registered[0]))).id();
                if (data.chance(ASSIGNED)) {
                    byAgent.computeIfAbsent(data.pick(team.agents()), a -> new ArrayList<>()).add(id);
                }
            }
            actor.run(team.supervisor(), () -> byAgent.forEach((agent, ids) -> assignment.assign(ids, agent.id())));
            byAgent.forEach((agent, ids) -> ids.forEach(id -> {
                if (data.chance(CONTACTED)) {
                    actor.as(agent, () -> contacts.file(id, new ContactRecordDraft(null, data.pick(
                            List.of(ContactChannel.PHONE, ContactChannel.VISIT, ContactChannel.CHAT)), data.pick(summaries))));
                } else {
                    pending.add(id);
                }
            }));
        }
        Collections.shuffle(pending, random);
        return spreadOpenDuties(pending, data);
    }

    /** About one in eight open duties overdue (at least three), as many due within two days, the rest spread. */
    private int spreadOpenDuties(List<Long> pending, ChineseData data) {
        Duration within = Duration.ofDays(assignment.firstContactDays());
        Instant now = Instant.now(clock);
        int overdue = Math.min(pending.size(), Math.max(3, pending.size() / 8));
        int dueSoon = Math.min(pending.size() - overdue, overdue);
        for (int i = 0; i < pending.size(); i++) {
            Instant assignedAt;
            if (i < overdue) {
                assignedAt = now.minus(within).minus(Duration.ofHours(2 + (long) (data.fraction() * 96)));
            } else if (i < overdue + dueSoon) {
                assignedAt = now.minus(within).plus(Duration.ofHours(2 + (long) (data.fraction() * 40)));
            } else {
                assignedAt = now.minus(Duration.ofHours((long) (data.fraction() * 24 * (within.toDays() - 2))));
            }
            moveAssignmentBack(pending.get(i), assignedAt, assignedAt.plus(within));
        }
        // What the scheduled sweep would do within minutes: mark the breaches and audit them as "system".
        return duties.markOverdue(now);
    }

    /**
     * DEMO DATA ONLY: moves an open first-contact duty back in time with a direct SQL update, because the facades
     * rightly always assign "now". Nothing else ever writes these columns outside {@code CustomerAssignment}; the
     * columns are not in the search index, and the record's version is left alone as no user edited it.
     */
    private void moveAssignmentBack(long customerId, Instant assignedAt, Instant dueAt) {
        jdbc.sql("update customer set assigned_at = :assigned, first_contact_due_at = :due where id = :id"
                        + " and first_contacted_at is null")
                .param("assigned", utc(assignedAt)).param("due", utc(dueAt))
                .param("id", customerId).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
