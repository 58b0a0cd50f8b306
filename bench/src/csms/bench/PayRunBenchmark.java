package csms.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import csms.identity.SignedInUser;
import csms.pay.CompletionRate;
import csms.pay.PayComponentKind;
import csms.pay.PayLine;
import csms.pay.PayRun;
import csms.pay.PayRules;
import csms.pay.PayRuns;
import csms.shared.Money;
import csms.shared.Role;
import csms.testing.Fixtures;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A month's pay run (PAY-8) at the size of a large department: {@code -Dbench.groups} groups (default 40) of ten
 * agents and {@code -Dbench.others} other staff (default 100) — 500 employees — with {@code -Dbench.orders} orders
 * (default 1,000,000) over two years, a full roster, overtime, fines, targets, profiles and grades for the last full
 * month. Times {@code PayRuns.compute(month)} as HR (gathering every module's month, computing, storing the lines),
 * the first page of the sheet and the Excel export, five times each (the run is discarded between rounds). Asserts
 * that every employee has a line and that each group's commission shares add up to its pot computed from plain SQL
 * sums — never a time. Goal: a run under 10 s on PostgreSQL.
 * Run: {@code ./mvnw -Pbench test -Dtest=PayRunBenchmark -Dbench.db=postgres}.
 */
@Benchmark
class PayRunBenchmark {

    private static final int AGENTS_PER_GROUP = 10;
    private static final int DAYS = 730;
    private static final int ROUNDS = 5;
    /** User ids far above anything the tests' sequences hand out. */
    private static final long FIRST_USER = 60_000_000L;

    @Autowired
    Fixtures fixtures;
    @Autowired
    MockMvc mvc;
    @Autowired
    PayRuns runs;
    @Autowired
    PayRules rules;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void reportsPayRunTimes() throws Exception {
        int groups = Integer.getInteger("bench.groups", 40);
        int others = Integer.getInteger("bench.others", 100);
        int count = Integer.getInteger("bench.orders", 1_000_000);
        SignedInUser hr = fixtures.user(Role.HR);
        SignedInUser manager = fixtures.user(Role.DEPT_MANAGER);
        LocalDate today = LocalDate.now();
        YearMonth month = YearMonth.from(today).minusMonths(1);
        Random random = new Random(20_261_202);
        TransactionTemplate tx = new TransactionTemplate(transactions);

        long started = System.nanoTime();
        List<Long> teams = new ArrayList<>();
        List<List<Long>> agents = new ArrayList<>();
        List<Long> staff = new ArrayList<>();
        tx.executeWithoutResult(s -> people(groups, others, month, teams, agents, staff));
        new BenchOrders(jdbc, tx, new BenchOrders.Staff(teams, agents)).insert(count, DAYS, today, random);
        tx.executeWithoutResult(s -> month(month, teams, agents, staff, hr.id(), random));
        if (BenchDatabase.kind().equals("postgres")) {
            jdbc.execute("analyze");
        }
        long generatedMs = (System.nanoTime() - started) / 1_000_000;
        int employees = groups * AGENTS_PER_GROUP + others;

        LatencyTable table = new LatencyTable();
        for (int round = 0; round <= ROUNDS; round++) {
            long t0 = System.nanoTime();
            PayRun run = Fixtures.as(hr, () -> runs.compute(month));
            long compute = System.nanoTime() - t0;
            t0 = System.nanoTime();
            mvc.perform(get("/pay/runs/{id}", run.getId()).with(Fixtures.as(manager)))
                    .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(200));
            long page = System.nanoTime() - t0;
            t0 = System.nanoTime();
            MockHttpServletResponse excel = download("/pay/runs/" + run.getId() + ".xlsx", manager);
            long export = System.nanoTime() - t0;
            if (round == 0) {
                check(run, month, teams, employees, hr);
            } else {
                table.record("pay run for the month (`PayRuns.compute`: gather, compute, store)", compute, employees);
                table.record("first page of the sheet (`/pay/runs/{id}`)", page, employees);
                table.record("Excel of the whole sheet (`/pay/runs/{id}.xlsx`)", export,
                        excel.getContentAsByteArray().length / 1024);
            }
            PayRun stored = Fixtures.as(hr, () -> runs.get(run.getId()));
            Fixtures.as(hr, () -> {
                runs.discard(stored.getId(), stored.getVersion());
                return null;
            });
        }

        String report = """
                # Pay run benchmark — %s, %s

                %,d employees (%d groups of %d agents and %d other staff) and %,d orders over %d days, with a full \
                roster, overtime, fines, targets, profiles and grades for %s, generated in %,d ms. Each row timed \
                %d times after one warm-up round ("hits": employees; for the Excel its size in KB).
                Machine: %d cores, JDK %s, max heap %d MB.

                ## Pay run (PAY-8)

                %s""".formatted(BenchDatabase.kind(), LocalDate.now(), employees, groups, AGENTS_PER_GROUP, others,
                count, DAYS, month, generatedMs, ROUNDS, Runtime.getRuntime().availableProcessors(),
                Runtime.version(), Runtime.getRuntime().maxMemory() / (1024 * 1024), table.markdown());
        System.out.println(report);
        Path out = Path.of("bench", "results", "payrun-%s-%s.md".formatted(BenchDatabase.kind(), LocalDate.now()));
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /** Every employee has a line, and each group's agents' commission adds up to the pot of its SQL net sales. */
    private void check(PayRun run, YearMonth month, List<Long> teams, int employees, SignedInUser hr) {
        List<PayLine> lines = Fixtures.as(hr, () -> runs.lines(run.getId(), employees + 10, 0));
        assertThat(lines).hasSize(employees);
        var book = rules.book(month);
        for (long team : teams.subList(0, 3)) {
            Money shares = lines.stream().filter(l -> Long.valueOf(team).equals(l.departmentId()))
                    .map(l -> l.amount(PayComponentKind.COMMISSION)).reduce(Money.ZERO, Money::plus);
            BigDecimal target = jdbc.queryForObject("select amount from sales_target where department_id = ?"
                    + " and target_month = ?", BigDecimal.class, team, Date.valueOf(month.atDay(1)));
            assertThat(shares).as("group %d", team)
                    .isEqualTo(book.commissionPot(new CompletionRate(netBySql(team, month), new Money(target))));
        }
    }

    private Money netBySql(long team, YearMonth month) {
        BigDecimal orders = jdbc.queryForObject("select coalesce(sum(amount - shipping), 0) from shop_order"
                + " where department_id = ? and order_date between ? and ?", BigDecimal.class, team,
                month.atDay(1), month.atEndOfMonth());
        BigDecimal returned = jdbc.queryForObject("select coalesce(sum(amount), 0) from order_return"
                + " where department_id = ? and return_date between ? and ?", BigDecimal.class, team,
                month.atDay(1), month.atEndOfMonth());
        return new Money(orders.subtract(returned));
    }

    /** Groups, their agents and the other staff, with profiles and membership for the whole month (JDBC). */
    private void people(int groups, int others, YearMonth month, List<Long> teams, List<List<Long>> agents,
            List<Long> staff) {
        Timestamp now = Timestamp.from(Instant.now());
        String hash = jdbc.queryForObject("select password_hash from app_user order by id fetch first 1 rows only",
                String.class); // nobody signs in as these people
        List<Object[]> users = new ArrayList<>();
        List<Object[]> roles = new ArrayList<>();
        List<Object[]> members = new ArrayList<>();
        List<Object[]> profiles = new ArrayList<>();
        long id = FIRST_USER;
        for (int g = 0; g < groups + 1; g++) {
            long team = fixtures.department();
            boolean staffTeam = g == groups;
            List<Long> ids = new ArrayList<>();
            for (int a = 0; a < (staffTeam ? others : AGENTS_PER_GROUP); a++, id++) {
                users.add(new Object[] { id, "bench" + id, "员工" + id, hash, "B" + id, team, now });
                roles.add(new Object[] { id, staffTeam ? "SUPERVISOR" : "AGENT" });
                members.add(new Object[] { id, team, Date.valueOf(month.atDay(1).minusYears(1)) });
                profiles.add(new Object[] { id, new BigDecimal(staffTeam ? "4500.00" : "3000.00"),
                        staffTeam ? "OTHER_STAFF" : "AGENT", new String[] { "ASSISTANT", "DEPUTY", "STAFF" }[a % 3],
                        Date.valueOf(month.atDay(1).minusYears(a % 4)), now });
                ids.add(id);
            }
            if (staffTeam) {
                staff.addAll(ids);
            } else {
                teams.add(team);
                agents.add(ids);
            }
        }
        jdbc.batchUpdate("insert into app_user (id, username, display_name, password_hash, agent_number,"
                + " department_id, created_at) values (?, ?, ?, ?, ?, ?, ?)", users);
        jdbc.batchUpdate("insert into app_user_role (user_id, role) values (?, ?)", roles);
        jdbc.batchUpdate("insert into team_membership (user_id, department_id, first_day) values (?, ?, ?)", members);
        jdbc.batchUpdate("insert into pay_profile (user_id, post_wage, pay_kind, staff_level, hired_on, updated_at)"
                + " values (?, ?, ?, ?, ?, ?)", profiles);
    }

    /** The month's targets, roster (every agent every day), overtime, fines and grades (JDBC). */
    private void month(YearMonth month, List<Long> teams, List<List<Long>> agents, List<Long> staff, long hr,
            Random random) {
        Timestamp now = Timestamp.from(Instant.now());
        Date first = Date.valueOf(month.atDay(1));
        Map<String, Long> shifts = Map.of("DAY", shiftType("白班"), "NIGHT", shiftType("夜班"), "LATE_NIGHT",
                shiftType("深夜班"));
        List<Object[]> targets = new ArrayList<>();
        List<Object[]> cells = new ArrayList<>();
        List<Object[]> overtime = new ArrayList<>();
        List<Object[]> breaches = new ArrayList<>();
        List<Object[]> grades = new ArrayList<>();
        String[] classes = { "DAY", "DAY", "DAY", "DAY", "DAY", "DAY", "DAY", "NIGHT", "NIGHT", "LATE_NIGHT" };
        for (int g = 0; g < teams.size(); g++) {
            long team = teams.get(g);
            // a group sells about 1.45 million a month: targets of 0.9 … 3 million make every band occur
            targets.add(new Object[] { team, first, BigDecimal.valueOf(90_000_000L + random.nextInt(210_000_000), 2),
                    hr, now });
            jdbc.update("insert into roster (department_id, roster_month, updated_by, updated_at) values (?, ?, ?, ?)",
                    team, first, hr, now);
            long roster = jdbc.queryForObject("select id from roster where department_id = ? and roster_month = ?",
                    Long.class, team, first);
            for (long agent : agents.get(g)) {
                for (int d = 1; d <= month.lengthOfMonth(); d++) {
                    String c = classes[random.nextInt(classes.length)];
                    cells.add(new Object[] { roster, agent, Date.valueOf(month.atDay(d)), shifts.get(c), c });
                }
                int days = random.nextInt(4);
                for (int o = 0; o < days; o++) {
                    overtime.add(new Object[] { agent, team, Date.valueOf(month.atDay(1 + o * 7)),
                            BigDecimal.valueOf(5 + random.nextInt(30), 1), "APPROVED", hr, now });
                }
                if (random.nextInt(10) == 0) {
                    breaches.add(new Object[] { agent, team, Date.valueOf(month.atDay(10)), "迟到", "SERIOUS", "FINE",
                            new BigDecimal("50.00"), hr, now });
                }
                grades.add(new Object[] { agent, first, new String[] { "PASS", "GOOD", "EXCELLENT" }[random.nextInt(3)],
                        hr, now });
            }
        }
        for (long person : staff) {
            grades.add(new Object[] { person, first, "GOOD", hr, now });
        }
        jdbc.batchUpdate("insert into sales_target (department_id, target_month, amount, late, set_by, set_at)"
                + " values (?, ?, ?, false, ?, ?)", targets);
        jdbc.batchUpdate("insert into roster_entry (roster_id, user_id, work_date, shift_type_id, shift_class)"
                + " values (?, ?, ?, ?, ?)", cells);
        jdbc.batchUpdate("insert into overtime_entry (user_id, department_id, work_date, hours, status, entered_by,"
                + " entered_at) values (?, ?, ?, ?, ?, ?, ?)", overtime);
        jdbc.batchUpdate("insert into discipline_breach (user_id, department_id, breach_date, description, severity,"
                + " measure, amount, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", breaches);
        jdbc.batchUpdate("insert into pay_assessment (user_id, assessed_month, grade, graded_by, updated_at)"
                + " values (?, ?, ?, ?, ?)", grades);
    }

    private long shiftType(String name) {
        return jdbc.queryForObject("select id from shift_type where name = ?", Long.class, name);
    }

    private MockHttpServletResponse download(String path, SignedInUser user) throws Exception {
        MvcResult started = mvc.perform(get(path).with(Fixtures.as(user))).andReturn();
        MockHttpServletResponse response = started.getRequest().isAsyncStarted()
                ? mvc.perform(asyncDispatch(started)).andReturn().getResponse() : started.getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response;
    }
}
