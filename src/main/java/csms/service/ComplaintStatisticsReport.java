package csms.service;

import csms.identity.Department;
import csms.identity.Departments;
import csms.service.ComplaintStatistics.Slice;
import csms.service.ComplaintStatistics.StepTime;
import csms.system.OrganisationSettings;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the complaint classification statistics (CMP-6, RPT-2) in one pass over the period's complaints, read
 * with SQL; step times are business hours of the organisation's calendar. Supervisors and above; a supervisor's
 * figures leave out the complaints of confidential customers of other teams (CUS-6), like every list.
 */
@Service
public class ComplaintStatisticsReport {

    /** The steps whose time is measured: from the previous step's completion to this one's. */
    private static final List<ComplaintStage> MEASURED = List.of(ComplaintStage.JUDGEMENT,
            ComplaintStage.INVESTIGATION, ComplaintStage.PROPOSAL, ComplaintStage.APPROVAL,
            ComplaintStage.IMPLEMENTATION, ComplaintStage.SUMMARY, ComplaintStage.FOLLOW_UP);

    private final JdbcClient jdbc;
    private final RequestLookup lookup;
    private final Departments departments;
    private final OrganisationSettings organisation;
    private final BusinessTime businessTime;

    ComplaintStatisticsReport(JdbcClient jdbc, RequestLookup lookup, Departments departments,
            OrganisationSettings organisation, BusinessTime businessTime) {
        this.jdbc = jdbc;
        this.lookup = lookup;
        this.departments = departments;
        this.organisation = organisation;
        this.businessTime = businessTime;
    }

    @Transactional(readOnly = true)
    public ComplaintStatistics compute(StatisticsQuery q) {
        RequestAccess access = lookup.access();
        if (!access.isSupervisor()) {
            throw new AccessDeniedException("statistics");
        }
        ZoneId zone = organisation.zone();
        Instant from = q.from().atStartOfDay(zone).toInstant();
        Instant to = q.to().plusDays(1).atStartOfDay(zone).toInstant();
        Tally tally = new Tally(zone, YearMonth.from(q.from()), YearMonth.from(q.to()));
        StringBuilder where = new StringBuilder("c.received_at >= :from and c.received_at < :to");
        Map<String, Object> params = new HashMap<>(Map.of("from", ts(from), "to", ts(to)));
        filters(q, access, where, params);
        jdbc.sql("""
                select r.channel, c.severity, c.crisis, c.stage, c.category, c.problem_kind, c.justified,
                       coalesce(c.summary_department_id, c.responsible_department_id, r.department_id) as dept,
                       c.received_at, c.acknowledged_at, c.judged_at, c.investigated_at, c.submitted_at,
                       c.approved_at, c.implemented_at, c.summarised_at, c.follow_up_at, c.compensation
                from complaint c join service_request r on r.id = c.request_id
                """ + " where " + where)
                .params(params)
                .query(rs -> {
                    tally.add(rs);
                });
        Map<String, Long> breachCounts = new HashMap<>();
        jdbc.sql("""
                select b.step, count(*) from request_breach b
                join complaint c on c.request_id = b.request_id join service_request r on r.id = c.request_id
                """ + " where " + where + " group by b.step")
                .params(params)
                .query(rs -> {
                    breachCounts.put(rs.getString(1), rs.getLong(2));
                });
        return tally.result(q, breachCounts, departmentNames());
    }

    private static void filters(StatisticsQuery q, RequestAccess access, StringBuilder where, Map<String, Object> p) {
        if (q.departmentId() != null) {
            where.append(" and coalesce(c.summary_department_id, c.responsible_department_id, r.department_id) = :dept");
            p.put("dept", q.departmentId());
        }
        if (q.channel() != null) {
            where.append(" and r.channel = :channel");
            p.put("channel", q.channel().name());
        }
        if (q.severity() != null) {
            where.append(" and c.severity = :severity");
            p.put("severity", q.severity().name());
        }
        if (q.category() != null) {
            where.append(" and c.category = :category");
            p.put("category", q.category().name());
        }
        if (!access.seesAll()) {
            where.append(" and (r.restricted_department_id is null or r.restricted_department_id = :own"
                    + " or r.assignee_id = :me)");
            p.put("own", access.departmentId() == null ? -1L : access.departmentId());
            p.put("me", access.viewerId());
        }
    }

    private Map<Long, String> departmentNames() {
        return departments.all().stream().collect(Collectors.toMap(Department::getId, Department::getName));
    }

    private static OffsetDateTime ts(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    /** Accumulates the rows of one query. */
    private final class Tally {

        private final ZoneId zone;
        private final List<YearMonth> months = new ArrayList<>();
        private final Map<String, Long> category = new LinkedHashMap<>();
        private final Map<String, Long> cause = new LinkedHashMap<>();
        private final Map<Long, Long> department = new LinkedHashMap<>();
        private final Map<String, Long> channel = new LinkedHashMap<>();
        private final Map<String, Long> severity = new LinkedHashMap<>();
        private final Map<ComplaintStage, long[]> stepCount = new EnumMap<>(ComplaintStage.class);
        private final Map<ComplaintStage, Duration> stepTime = new EnumMap<>(ComplaintStage.class);
        private final Map<String, long[]> trend = new LinkedHashMap<>();
        private long total;
        private long closed;
        private long crisis;
        private long justified;
        private long unjustified;
        private BigDecimal compensation = BigDecimal.ZERO;

        Tally(ZoneId zone, YearMonth first, YearMonth last) {
            this.zone = zone;
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                months.add(m);
            }
        }

        void add(ResultSet rs) throws SQLException {
            total++;
            String cat = rs.getString("category");
            count(category, cat == null ? "UNCLASSIFIED" : cat);
            String kind = rs.getString("problem_kind");
            count(cause, kind == null ? "UNKNOWN" : kind);
            long dept = rs.getLong("dept");
            department.merge(rs.wasNull() ? -1L : dept, 1L, Long::sum);
            count(channel, rs.getString("channel"));
            count(severity, rs.getString("severity"));
            crisis += rs.getBoolean("crisis") ? 1 : 0;
            boolean j = rs.getBoolean("justified");
            if (!rs.wasNull()) {
                justified += j ? 1 : 0;
                unjustified += j ? 0 : 1;
            }
            closed += ComplaintStage.CLOSED.name().equals(rs.getString("stage")) ? 1 : 0;
            BigDecimal comp = rs.getBigDecimal("compensation");
            if (comp != null) {
                compensation = compensation.add(comp);
            }
            Instant received = instant(rs, "received_at");
            int month = months.indexOf(YearMonth.from(received.atZone(zone)));
            if (month >= 0) {
                trend.computeIfAbsent(cat == null ? "UNCLASSIFIED" : cat, k -> new long[months.size()])[month]++;
            }
            Instant previous = instant(rs, "acknowledged_at");
            String[] columns = { "judged_at", "investigated_at", "submitted_at", "approved_at", "implemented_at",
                    "summarised_at", "follow_up_at" };
            for (int i = 0; i < columns.length && previous != null; i++) {
                Instant done = instant(rs, columns[i]);
                if (done == null) {
                    continue;
                }
                ComplaintStage step = MEASURED.get(i);
                stepCount.computeIfAbsent(step, s -> new long[1])[0]++;
                stepTime.merge(step, businessTime.between(previous, done), Duration::plus);
                previous = done;
            }
        }

        ComplaintStatistics result(StatisticsQuery q, Map<String, Long> breachCounts, Map<Long, String> names) {
            List<StepTime> steps = MEASURED.stream().map(s -> {
                long n = stepCount.getOrDefault(s, new long[1])[0];
                BigDecimal avg = n == 0 ? null : BigDecimal.valueOf(stepTime.get(s).toSeconds())
                        .divide(BigDecimal.valueOf(3600L * n), 1, RoundingMode.HALF_UP);
                return new StepTime(s, n, avg, breachCounts.getOrDefault(s.name(), 0L));
            }).toList();
            List<Slice> breaches = breachCounts.entrySet().stream()
                    .map(e -> slice(e.getKey(), e.getKey(), e.getValue())).toList();
            Map<String, List<Long>> trendLists = new LinkedHashMap<>();
            trend.forEach((k, v) -> trendLists.put(k, java.util.Arrays.stream(v).boxed().toList()));
            return new ComplaintStatistics(q, total, closed, total - closed, crisis, justified, unjustified,
                    compensation.setScale(2, RoundingMode.HALF_UP), slices(category, Function.identity()),
                    slices(cause, Function.identity()),
                    department.entrySet().stream().sorted(Map.Entry.<Long, Long>comparingByValue().reversed())
                            .map(e -> slice(String.valueOf(e.getKey()), names.get(e.getKey()), e.getValue()))
                            .toList(),
                    slices(channel, Function.identity()), slices(severity, Function.identity()), steps, breaches,
                    months, trendLists);
        }

        private List<Slice> slices(Map<String, Long> counts, Function<String, String> label) {
            return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .map(e -> slice(e.getKey(), label.apply(e.getKey()), e.getValue())).toList();
        }

        private Slice slice(String key, String label, long count) {
            BigDecimal share = total == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(count * 100)
                    .divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
            return new Slice(key, label, count, share);
        }

        private static void count(Map<String, Long> map, String key) {
            map.merge(key, 1L, Long::sum);
        }

        private static Instant instant(ResultSet rs, String column) throws SQLException {
            OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
            return t == null ? null : t.toInstant();
        }
    }
}
