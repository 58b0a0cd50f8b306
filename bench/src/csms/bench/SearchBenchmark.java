package csms.bench;

import static org.assertj.core.api.Assertions.assertThat;

import csms.bench.BenchCustomers.Generated;
import csms.customer.CustomerArchive;
import csms.customer.CustomerFilter;
import csms.customer.CustomerGrades;
import csms.customer.CustomerRow;
import csms.customer.internal.CustomerIndexBootstrap;
import csms.demo.ChineseData;
import csms.identity.SignedInUser;
import csms.shared.PageQuery;
import csms.shared.Role;
import csms.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Search latency of the customer list (CUS-9) on a large archive: generates {@code -Dbench.customers} customers
 * (default 100,000), builds the index, then times {@code -Dbench.queries} searches per kind (default 300) through
 * {@link CustomerArchive#list} as a department manager sees the first page. Reports median, p95 and max; asserts
 * only that every query found the customer it was built from, never a time. Run: {@code ./mvnw -Pbench test}.
 */
@Benchmark
class SearchBenchmark {

    private static final int AGENTS = 40;
    private static final PageQuery FIRST_PAGE = PageQuery.of(0, 20, null);

    @Autowired
    Fixtures fixtures;
    @Autowired
    CustomerArchive archive;
    @Autowired
    CustomerGrades grades;
    @Autowired
    CustomerIndexBootstrap index;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void reportsSearchLatencyPerQueryKind() throws Exception {
        int customers = Integer.getInteger("bench.customers", 100_000);
        int queries = Integer.getInteger("bench.queries", 300);
        SignedInUser manager = fixtures.user(Role.DEPT_MANAGER);
        long team = fixtures.department();
        List<Long> agents = new ArrayList<>();
        for (int i = 0; i < AGENTS; i++) {
            agents.add(fixtures.user(team, Role.AGENT).id());
        }
        long started = System.nanoTime();
        List<Generated> generated = new BenchCustomers(jdbc, new TransactionTemplate(transactions),
                grades.standard(), agents, manager.id()).insert(customers, new Random(20_260_501));
        long generatedMs = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        assertThat(index.rebuildIfEmpty()).as("mass indexer ran").isTrue();
        long indexedMs = (System.nanoTime() - started) / 1_000_000;

        Random random = new Random(7);
        Map<QueryKind, List<Source>> sources = sources(generated, queries, random);
        Map<QueryKind, List<Source>> warmUp = sources(generated, Math.min(queries, 50), random);
        warmUp.values().forEach(list -> list.forEach(s -> search(manager, s.query())));

        LatencyTable table = new LatencyTable();
        for (int i = 0; i < queries; i++) {
            for (QueryKind kind : QueryKind.values()) {
                Source s = sources.get(kind).get(i);
                long t0 = System.nanoTime();
                Page<CustomerRow> page = search(manager, s.query());
                table.record(kind.label(), System.nanoTime() - t0, page.getTotalElements());
            }
        }
        sources.forEach((kind, list) -> list.forEach(s -> assertThat(finds(manager, s))
                .as("%s \"%s\" finds customer #%d", kind, s.query(), s.customer().id()).isTrue()));

        String report = report(customers, queries, generatedMs, indexedMs, table);
        System.out.println(report);
        Path out = Path.of("bench", "results", "search-%s-%s.md".formatted(BenchDatabase.kind(), LocalDate.now()));
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private record Source(Generated customer, String query) {
    }

    /** For each kind, {@code n} random customers that can serve as its source, with their query. */
    private static Map<QueryKind, List<Source>> sources(List<Generated> all, int n, Random random) {
        List<String> words = new ChineseData(random).companyWords();
        Map<QueryKind, List<Source>> sources = new EnumMap<>(QueryKind.class);
        for (QueryKind kind : QueryKind.values()) {
            List<Source> list = new ArrayList<>();
            while (list.size() < n) {
                Generated c = all.get(random.nextInt(all.size()));
                String q = kind.queryFor(c, words);
                if (q != null) {
                    list.add(new Source(c, q));
                }
            }
            sources.put(kind, list);
        }
        return sources;
    }

    private Page<CustomerRow> search(SignedInUser user, String q) {
        return Fixtures.as(user, () -> archive.list(CustomerFilter.text(q), FIRST_PAGE));
    }

    /** Untimed check: the same text, narrowed by the source's own flags and owner, lists the source customer. */
    private boolean finds(SignedInUser user, Source s) {
        Generated c = s.customer();
        CustomerFilter narrowed = new CustomerFilter(s.query(), c.gradeId(), c.member(), c.bigCustomer(),
                c.importantAgreement(), c.ownerId(), c.ownerId() == null, null);
        for (int page = 0; page < 50; page++) {
            PageQuery pq = PageQuery.of(page, 100, null);
            Page<CustomerRow> found = Fixtures.as(user, () -> archive.list(narrowed, pq));
            if (found.getContent().stream().anyMatch(r -> r.id() == c.id())) {
                return true;
            }
            if (!found.hasNext()) {
                return false;
            }
        }
        return false;
    }

    private static String report(int customers, int queries, long generatedMs, long indexedMs, LatencyTable table) {
        return """
                # Customer search benchmark — %s, %s

                %,d customers generated in %,d ms, indexed in %,d ms; %d queries per kind after a warm-up, each \
                timed around `CustomerArchive.list(filter, first page of 20)` as a department manager.
                Machine: %d cores, JDK %s, max heap %d MB.

                %s""".formatted(BenchDatabase.kind(), LocalDate.now(), customers, generatedMs, indexedMs, queries,
                Runtime.getRuntime().availableProcessors(), Runtime.version(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), table.markdown());
    }
}
