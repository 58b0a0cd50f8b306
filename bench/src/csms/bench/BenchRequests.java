package csms.bench;

import csms.demo.ChineseData;
import csms.service.Channel;
import csms.service.ComplaintCategory;
import csms.service.ProblemKind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes many service requests straight into the tables with JDBC batch inserts: {@code count} requests created
 * evenly over {@code days} days up to {@code now}, 55% consultations, 30% queries and 15% complaints. Requests of the
 * last ten days are half still open (some overdue, some unassigned), older ones are closed; every complaint older
 * than ten days ran the whole loop with realistic step times (a few hours to two days each), 5% had a breach.
 * Customers are referred to by id only (requests copy the name), so no customer rows are needed.
 */
final class BenchRequests {

    /** The teams and people requests are spread over. */
    record Staff(List<Long> teams, List<List<Long>> agentsPerTeam, long creator) {
    }

    private static final int BATCH = 5_000;
    private static final String REQUEST = """
            insert into service_request (id, type, channel, customer_id, customer_name, customer_rank,
              restricted_department_id, subject, description, priority, status, department_id, assignee_id,
              created_by_id, created_at, updated_at, due_at, breached_at, resolved_at, closed_at, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, null, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";
    private static final String COMPLAINT = """
            insert into complaint (request_id, severity, crisis, stage, complainant, received_at, content,
              customer_wants, acknowledged_at, justified, responsible_department_id, judged_at, cause, problem_kind,
              investigated_at, submitted_at, approved_at, implemented_at, compensation, category, root_cause,
              summary_department_id, summarised_at, follow_up_at, follow_up_satisfaction, closed_at, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";
    private static final String BREACH = "insert into request_breach (request_id, step, due_at, detected_at)"
            + " values (?, ?, ?, ?)";
    private static final String[] SUBJECTS = { "咨询产品价格", "查询订单进度", "发票开具问题", "维修预约", "会员积分查询",
        "产品质量投诉", "送货延误", "服务态度投诉", "账单金额有误", "退换货申请" };
    private static final String[] STEPS = { "JUDGEMENT", "INVESTIGATION", "PROPOSAL", "APPROVAL", "IMPLEMENTATION",
        "SUMMARY", "FOLLOW_UP" };

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Staff staff;

    BenchRequests(JdbcTemplate jdbc, TransactionTemplate transaction, Staff staff) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.staff = staff;
    }

    /** Inserts requests with ids 1…count; returns how many are still active. */
    long insert(int count, int days, Instant now, RandomGenerator random) {
        ChineseData names = new ChineseData(random);
        Instant start = now.minus(Duration.ofDays(days));
        long span = Duration.between(start, now).toSeconds();
        long active = 0;
        for (int from = 1; from <= count; from += BATCH) {
            List<Object[]> requests = new ArrayList<>();
            List<Object[]> complaints = new ArrayList<>();
            List<Object[]> breaches = new ArrayList<>();
            for (long id = from; id < from + BATCH && id <= count; id++) {
                // ids grow with time, as real ones do
                Instant created = start.plusSeconds(span * (id - 1) / count + random.nextInt(60));
                active += next(id, created, now, names, random, requests, complaints, breaches) ? 1 : 0;
            }
            transaction.executeWithoutResult(s -> {
                jdbc.batchUpdate(REQUEST, requests);
                jdbc.batchUpdate(COMPLAINT, complaints);
                jdbc.batchUpdate(BREACH, breaches);
            });
        }
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        if ("PostgreSQL".equals(product)) {
            jdbc.execute("select setval(pg_get_serial_sequence('service_request', 'id'), " + count + ")");
        } else {
            jdbc.execute("alter table service_request alter column id restart with " + (count + 1));
        }
        return active;
    }

    private boolean next(long id, Instant created, Instant now, ChineseData names, RandomGenerator random,
            List<Object[]> requests, List<Object[]> complaints, List<Object[]> breaches) {
        int roll = random.nextInt(100);
        String type = roll < 55 ? "CONSULTATION" : roll < 85 ? "QUERY" : "COMPLAINT";
        int team = random.nextInt(staff.teams().size());
        List<Long> agents = staff.agentsPerTeam().get(team);
        boolean recent = Duration.between(created, now).toDays() < 10;
        boolean active = recent && random.nextBoolean();
        String status = active ? (random.nextInt(4) == 0 ? "WAITING" : "OPEN") : "CLOSED";
        Long assignee = active && random.nextInt(10) == 0 ? null : agents.get(random.nextInt(agents.size()));
        int rankRoll = random.nextInt(100);
        int rank = rankRoll < 2 ? 2 : rankRoll < 7 ? 1 : 0;
        Long restricted = random.nextInt(100) == 0 ? staff.teams().get(team) : null;
        Instant due = created.plus(Duration.ofHours(8 + random.nextInt(40)));
        Instant resolved = active ? null : created.plus(Duration.ofHours(1 + random.nextInt(72)));
        Instant last = active ? created : resolved.plus(Duration.ofHours(1));
        String customer = names.personName();
        Channel channel = Channel.values()[random.nextInt(Channel.values().length)];
        String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
        String priority = random.nextInt(10) == 0 ? "HIGH" : "NORMAL";
        boolean breached = random.nextInt(20) == 0;
        requests.add(new Object[] { id, type, channel.name(), 1 + random.nextInt(100_000), customer, rank, restricted,
            subject, priority, status, staff.teams().get(team), assignee, staff.creator(), ts(created), ts(last),
            ts(due), breached ? ts(due) : null, ts(resolved), active ? null : ts(last) });
        if ("COMPLAINT".equals(type)) {
            complaint(id, created, active, customer, channel, staff.teams().get(team), random, complaints);
            if (breached) {
                breaches.add(new Object[] { id, STEPS[random.nextInt(STEPS.length)], ts(due), ts(due.plusSeconds(60)) });
            }
        }
        return active;
    }

    private static void complaint(long id, Instant received, boolean active, String customer, Channel channel,
            long department, RandomGenerator random, List<Object[]> out) {
        Instant[] steps = new Instant[STEPS.length];
        Instant t = received.plusSeconds(60);
        Instant acknowledged = t;
        int done = active ? random.nextInt(STEPS.length) : STEPS.length;
        for (int i = 0; i < done; i++) {
            t = t.plus(Duration.ofMinutes(30 + random.nextInt(48 * 60)));
            steps[i] = t;
        }
        String stage = done == STEPS.length ? "CLOSED" : STEPS[done];
        ComplaintCategory category = ComplaintCategory.values()[random.nextInt(ComplaintCategory.values().length)];
        ProblemKind kind = ProblemKind.values()[random.nextInt(ProblemKind.values().length)];
        boolean summarised = steps[5] != null;
        out.add(new Object[] { id, random.nextInt(10) == 0 ? "MAJOR" : "GENERAL", random.nextInt(500) == 0, stage,
            customer, ts(received), "客户通过" + channel.name() + "投诉", "尽快解决并给予说明", ts(acknowledged),
            steps[0] == null ? null : random.nextInt(5) != 0, steps[0] == null ? null : department, ts(steps[0]),
            steps[1] == null ? null : "调查原因", steps[1] == null ? null : kind.name(), ts(steps[1]), ts(steps[2]),
            ts(steps[3]), ts(steps[4]), steps[4] == null ? null : BigDecimal.valueOf(random.nextInt(50_000), 2),
            summarised ? category.name() : null, summarised ? "根本原因" : null, summarised ? department : null,
            ts(steps[5]), ts(steps[6]), steps[6] == null ? null : "SATISFIED", ts(steps[6]) });
    }

    private static OffsetDateTime ts(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }
}
