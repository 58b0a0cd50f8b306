package csms.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import csms.identity.SignedInUser;
import csms.order.NetSales;
import csms.order.NetSalesFigure;
import csms.order.NetSalesPart;
import csms.shared.Money;
import csms.shared.PageQuery;
import csms.shared.Role;
import csms.testing.Fixtures;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Net sales (PAY-2) on a large order ledger: generates {@code -Dbench.orders} orders (default 1,000,000) over 730
 * days for ten groups of ten agents, with returns and exchanges, then times a month's net sales for all groups
 * ({@code NetSales.byGroup}, the page's query), one group's figure ({@code NetSales.of}, the pay facade), the net
 * sales page and a drill-down page, for each of the last 24 full months. Asserts only that the figures match plain
 * SQL sums, never a time. Run: {@code ./mvnw -Pbench test -Dtest=OrderBenchmark -Dbench.db=postgres}.
 */
@Benchmark
class OrderBenchmark {

    private static final int TEAMS = 10;
    private static final int AGENTS_PER_TEAM = 10;
    private static final int DAYS = 730;
    private static final int MONTHS = 24;

    @Autowired
    Fixtures fixtures;
    @Autowired
    MockMvc mvc;
    @Autowired
    NetSales netSales;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void reportsNetSalesTimes() throws Exception {
        int count = Integer.getInteger("bench.orders", 1_000_000);
        SignedInUser hr = fixtures.user(Role.HR);
        List<Long> teams = new ArrayList<>();
        List<List<Long>> agents = new ArrayList<>();
        for (int t = 0; t < TEAMS; t++) {
            long team = fixtures.department();
            teams.add(team);
            List<Long> ids = new ArrayList<>();
            for (int a = 0; a < AGENTS_PER_TEAM; a++) {
                ids.add(fixtures.user(team, Role.AGENT).id());
            }
            agents.add(ids);
        }
        LocalDate today = LocalDate.now();
        long started = System.nanoTime();
        long returns = new BenchOrders(jdbc, new TransactionTemplate(transactions),
                new BenchOrders.Staff(teams, agents)).insert(count, DAYS, today, new Random(20_261_202));
        if (BenchDatabase.kind().equals("postgres")) {
            jdbc.execute("analyze");
        }
        long generatedMs = (System.nanoTime() - started) / 1_000_000;

        YearMonth last = YearMonth.from(today).minusMonths(1);
        LatencyTable table = new LatencyTable();
        for (int round = 0; round < 2; round++) {
            for (int m = 0; m < MONTHS; m++) {
                YearMonth month = last.minusMonths(m);
                long t0 = System.nanoTime();
                List<NetSales.GroupNetSales> all = Fixtures.as(hr, () -> netSales.byGroup(month));
                long byGroup = System.nanoTime() - t0;
                long team = teams.get(m % TEAMS);
                t0 = System.nanoTime();
                NetSalesFigure one = Fixtures.as(hr, () -> netSales.of(team, month));
                long single = System.nanoTime() - t0;
                t0 = System.nanoTime();
                mvc.perform(get("/orders/net-sales").param("month", month.toString()).with(Fixtures.as(hr)))
                        .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(200));
                long page = System.nanoTime() - t0;
                t0 = System.nanoTime();
                mvc.perform(get("/orders/net-sales/{d}", team).param("month", month.toString())
                        .param("part", NetSalesPart.ORDERS.name()).param("page", "10").with(Fixtures.as(hr)))
                        .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(200));
                long rows = System.nanoTime() - t0;
                long orders = all.stream().mapToLong(g -> g.figure().orderCount()).sum();
                if (round == 1) {
                    table.record("all groups of a month (`NetSales.byGroup`)", byGroup, orders);
                    table.record("one group of a month (`NetSales.of`, pay facade)", single, one.orderCount());
                    table.record("net sales page (`/orders/net-sales`)", page, orders);
                    table.record("drill-down page 11 of a group's orders", rows, one.orderCount());
                }
                Money net = all.stream().map(g -> g.figure().net()).reduce(Money.ZERO, Money::plus);
                assertThat(net).as("net sales of %s", month).isEqualTo(netBySql(month));
            }
        }

        String report = """
                # Order ledger benchmark — %s, %s

                %,d orders and %,d return/exchange lines over %d days for %d groups generated in %,d ms. Each row \
                timed for the %d last full months after one warm-up round ("hits" = orders counted).
                Machine: %d cores, JDK %s, max heap %d MB.

                ## Net sales (PAY-2)

                %s""".formatted(BenchDatabase.kind(), LocalDate.now(), count, returns, DAYS, TEAMS, generatedMs,
                MONTHS, Runtime.getRuntime().availableProcessors(), Runtime.version(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), table.markdown());
        System.out.println(report);
        Path out = Path.of("bench", "results", "orders-%s-%s.md".formatted(BenchDatabase.kind(), LocalDate.now()));
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /** The month's net sales of all groups by plain SQL, for the correctness check. */
    private Money netBySql(YearMonth month) {
        BigDecimal orders = jdbc.queryForObject("select coalesce(sum(amount - shipping), 0) from shop_order"
                + " where order_date between ? and ?", BigDecimal.class, month.atDay(1), month.atEndOfMonth());
        BigDecimal returned = jdbc.queryForObject("select coalesce(sum(amount), 0) from order_return"
                + " where return_date between ? and ?", BigDecimal.class, month.atDay(1), month.atEndOfMonth());
        return new Money(orders.subtract(returned));
    }
}
