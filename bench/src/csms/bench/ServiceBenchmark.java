package csms.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import csms.identity.SignedInUser;
import csms.service.ComplaintStatistics;
import csms.service.ComplaintStatisticsReport;
import csms.service.Queue;
import csms.service.ServiceRequests;
import csms.service.StatisticsQuery;
import csms.shared.Role;
import csms.system.OrganisationSettings;
import csms.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The agent's queue page and the monthly complaint classification statistics (SVC-2, CMP-6) on two years of
 * requests: generates {@code -Dbench.requests} requests (default 1,000,000) over 730 days, then times
 * {@code -Dbench.queries} (default 300) requests of each workspace page through the whole web stack (MockMvc:
 * security, controller, queries, Thymeleaf) and the statistics of each of the last 24 months, through the facade
 * and as the page. Reports median, p95 and max; asserts only that the numbers shown match the data, never a time.
 * Run: {@code ./mvnw -Pbench test -Dtest=ServiceBenchmark -Dbench.db=postgres}.
 */
@Benchmark
class ServiceBenchmark {

    private static final int TEAMS = 2;
    private static final int AGENTS_PER_TEAM = 20;
    private static final int DAYS = 730;

    @Autowired
    Fixtures fixtures;
    @Autowired
    MockMvc mvc;
    @Autowired
    ServiceRequests requests;
    @Autowired
    ComplaintStatisticsReport statistics;
    @Autowired
    OrganisationSettings organisation;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void reportsQueueAndStatisticsTimes() throws Exception {
        int count = Integer.getInteger("bench.requests", 1_000_000);
        int queries = Integer.getInteger("bench.queries", 300);
        SignedInUser manager = fixtures.user(Role.DEPT_MANAGER);
        List<Long> teams = new ArrayList<>();
        List<List<Long>> agentIds = new ArrayList<>();
        List<SignedInUser> agents = new ArrayList<>();
        List<SignedInUser> supervisors = new ArrayList<>();
        for (int t = 0; t < TEAMS; t++) {
            long team = fixtures.department();
            teams.add(team);
            SignedInUser supervisor = fixtures.user(team, Role.SUPERVISOR, Role.AGENT);
            fixtures.supervise(team, supervisor);
            supervisors.add(supervisor);
            List<Long> ids = new ArrayList<>();
            for (int a = 0; a < AGENTS_PER_TEAM; a++) {
                SignedInUser agent = fixtures.user(team, Role.AGENT);
                agents.add(agent);
                ids.add(agent.id());
            }
            agentIds.add(ids);
        }
        Instant now = Instant.now();
        long started = System.nanoTime();
        long active = new BenchRequests(jdbc, new TransactionTemplate(transactions),
                new BenchRequests.Staff(teams, agentIds, manager.id())).insert(count, DAYS, now, new Random(20_261_202));
        if (BenchDatabase.kind().equals("postgres")) {
            jdbc.execute("analyze");
        }
        long generatedMs = (System.nanoTime() - started) / 1_000_000;
        long complaints = jdbc.queryForObject("select count(*) from complaint", Long.class);

        // the queue pages, interleaved so that machine noise spreads evenly
        Random random = new Random(11);
        List<Page> pages = List.of(
                new Page("agent: my queue (/requests)", () -> pick(agents, random), "/requests"),
                new Page("agent: overdue", () -> pick(agents, random), "/requests?queue=OVERDUE"),
                new Page("agent: search my queue by customer name", () -> pick(agents, random),
                        "/requests?queue=MINE&q=王"),
                new Page("supervisor: team queue", () -> pick(supervisors, random), "/requests?queue=TEAM"),
                new Page("supervisor: unassigned, page 2", () -> pick(supervisors, random),
                        "/requests?queue=UNASSIGNED&page=1"),
                new Page("manager: all requests, page 100", () -> manager, "/requests?queue=ALL&page=99"));
        for (int i = 0; i < 30; i++) {
            for (Page p : pages) {
                p.open(mvc);
            }
        }
        LatencyTable queueTable = new LatencyTable();
        for (int i = 0; i < queries; i++) {
            for (Page p : pages) {
                long t0 = System.nanoTime();
                MvcResult result = p.open(mvc);
                long elapsed = System.nanoTime() - t0;
                queueTable.record(p.label(), elapsed, ((org.springframework.data.domain.Page<?>) result
                        .getModelAndView().getModel().get("rows")).getTotalElements());
            }
        }

        // the monthly statistics of the last 24 full months, through the facade and as the page
        ZoneId zone = organisation.zone();
        YearMonth last = YearMonth.from(now.atZone(zone)).minusMonths(1);
        LatencyTable statsTable = new LatencyTable();
        for (int round = 0; round < 2; round++) {
            for (int m = 0; m < 24; m++) {
                YearMonth month = last.minusMonths(m);
                StatisticsQuery q = new StatisticsQuery(month.atDay(1), month.atEndOfMonth(), null, null, null, null);
                long t0 = System.nanoTime();
                ComplaintStatistics s = Fixtures.as(manager, () -> statistics.compute(q));
                long facade = System.nanoTime() - t0;
                t0 = System.nanoTime();
                mvc.perform(get("/requests/statistics").param("from", month.atDay(1).toString())
                        .param("to", month.atEndOfMonth().toString()).with(Fixtures.as(manager)))
                        .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(200));
                long page = System.nanoTime() - t0;
                if (round == 1) { // the first round warms up
                    statsTable.record("one month, facade (`compute`)", facade, s.total());
                    statsTable.record("one month, page with charts", page, s.total());
                }
                assertThat(s.total()).as("complaints of %s", month).isEqualTo(complaintsIn(month, zone));
            }
        }
        StatisticsQuery year = new StatisticsQuery(last.minusMonths(11).atDay(1), last.atEndOfMonth(), null, null,
                null, null);
        for (int i = 0; i < 4; i++) {
            long t0 = System.nanoTime();
            ComplaintStatistics s = Fixtures.as(manager, () -> statistics.compute(year));
            if (i > 0) {
                statsTable.record("twelve months, facade", System.nanoTime() - t0, s.total());
            }
        }

        // correctness: the counts the workspace shows are the data's
        SignedInUser someone = agents.get(0);
        Map<Queue, Long> counts = Fixtures.as(someone, () -> requests.queueCounts());
        assertThat(counts.get(Queue.MINE)).isEqualTo(jdbc.queryForObject("select count(*) from service_request"
                + " where assignee_id = ? and status in ('OPEN', 'WAITING')", Long.class, someone.id()));

        String report = """
                # Service desk benchmark — %s, %s

                %,d requests (%,d complaints, %,d still open) over %d days generated in %,d ms; %d page loads per \
                row after 30 warm-up rounds ("hits" = the list's total), each timed around one MockMvc request (security, controller, queries, \
                Thymeleaf rendering; no network). Monthly statistics: the 24 last full months after one warm-up round.
                Machine: %d cores, JDK %s, max heap %d MB.

                ## Workspace pages (goal: p95 < 100 ms)

                %s
                ## Complaint classification statistics (goal: one month < 1 s; "hits" = complaints counted)

                %s""".formatted(BenchDatabase.kind(), LocalDate.now(), count, complaints, active, DAYS, generatedMs,
                queries, Runtime.getRuntime().availableProcessors(), Runtime.version(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), queueTable.markdown(), statsTable.markdown());
        System.out.println(report);
        Path out = Path.of("bench", "results", "service-%s-%s.md".formatted(BenchDatabase.kind(), LocalDate.now()));
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private long complaintsIn(YearMonth month, ZoneId zone) {
        OffsetDateTime from = month.atDay(1).atStartOfDay(zone).toInstant().atOffset(ZoneOffset.UTC);
        OffsetDateTime to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant().atOffset(ZoneOffset.UTC);
        return jdbc.queryForObject("select count(*) from complaint where received_at >= ? and received_at < ?",
                Long.class, from, to);
    }

    private static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    /** A workspace page opened by one of a group of users. */
    private record Page(String label, java.util.function.Supplier<SignedInUser> user, String path) {

        MvcResult open(MockMvc mvc) throws Exception {
            MvcResult result = mvc.perform(get(path).with(Fixtures.as(user.get()))).andReturn();
            assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
            return result;
        }
    }
}
