package csms.bench;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates the order ledger for the order benchmark with JDBC batch inserts: orders spread evenly over the days
 * before {@code today}, each credited to a random agent and their group; amounts 20 … 3,000 yuan to the fen, 5 %
 * platform points, a third with prepaid shipping; 8 % get a return and 2 % an exchange, dated 0 … 20 days after the
 * order (never after today).
 */
final class BenchOrders {

    private static final String ORDER = """
            insert into shop_order (id, shop, order_no, order_date, buyer_name, agent_id, department_id, amount,
                commission_points, shipping, return_count, created_at, updated_at, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";
    private static final String RETURN = """
            insert into order_return (id, order_id, shop, return_no, kind, amount, return_date, reason, department_id,
                agent_id, created_at, updated_at, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";
    private static final String[] SHOPS = { "天猫旗舰店", "京东自营店", "拼多多专营店", "抖音小店" };
    private static final int BATCH = 5_000;
    /** Ids far above anything the tests' sequences hand out. */
    private static final long FIRST_ID = 50_000_000L;

    /** Teams (department ids) and their agents. */
    record Staff(List<Long> teams, List<List<Long>> agents) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Staff staff;

    BenchOrders(JdbcTemplate jdbc, TransactionTemplate transaction, Staff staff) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.staff = staff;
    }

    /** Inserts {@code count} orders over {@code days} days up to {@code today}; returns the return lines made. */
    long insert(int count, int days, LocalDate today, Random random) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> orders = new ArrayList<>(BATCH);
        List<Object[]> returns = new ArrayList<>();
        long returnId = FIRST_ID;
        long lines = 0;
        for (int i = 0; i < count; i++) {
            long id = FIRST_ID + i;
            LocalDate date = today.minusDays(days - 1 - (long) i * days / count);
            int team = random.nextInt(staff.teams().size());
            List<Long> agents = staff.agents().get(team);
            Long agent = random.nextInt(10) == 0 ? null : agents.get(random.nextInt(agents.size()));
            long fen = 2_000 + random.nextInt(298_000);
            BigDecimal amount = BigDecimal.valueOf(fen, 2);
            BigDecimal points = BigDecimal.valueOf(fen * 5 / 100, 2);
            BigDecimal shipping = random.nextInt(3) == 0 ? BigDecimal.valueOf(600 + random.nextInt(1_400), 2)
                    : BigDecimal.ZERO;
            String shop = SHOPS[i % SHOPS.length];
            int kind = random.nextInt(100);
            int returnCount = kind < 10 ? 1 : 0;
            orders.add(new Object[] { id, shop, "B" + id, date, "买家" + (i % 9_973), agent, staff.teams().get(team),
                    amount, points, shipping, returnCount, now, now });
            if (returnCount == 1) {
                LocalDate returned = date.plusDays(random.nextInt(21));
                returns.add(new Object[] { returnId, id, shop, "R" + returnId, kind < 8 ? "RETURN" : "EXCHANGE",
                        BigDecimal.valueOf(Math.max(1, fen * (20 + random.nextInt(81)) / 100), 2),
                        returned.isAfter(today) ? today : returned, "不合适", staff.teams().get(team), agent, now,
                        now });
                returnId++;
                lines++;
            }
            if (orders.size() == BATCH || i == count - 1) {
                List<Object[]> o = List.copyOf(orders);
                List<Object[]> r = List.copyOf(returns);
                transaction.executeWithoutResult(s -> {
                    jdbc.batchUpdate(ORDER, o);
                    jdbc.batchUpdate(RETURN, r);
                });
                orders.clear();
                returns.clear();
            }
        }
        return lines;
    }
}
