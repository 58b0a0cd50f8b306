package csms.visit.report;

import csms.customer.CustomerDirectory;
import csms.identity.Department;
import csms.identity.Departments;
import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import csms.system.OrganisationSettings;
import csms.visit.VisitCoverage;
import csms.visit.report.SatisfactionFigures.Group;
import csms.visit.report.SatisfactionFigures.QuestionScores;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The return-visit reports for supervisors (own team) and managers (all), read with SQL in a few queries per
 * report: the satisfaction analysis 满意度分析 (RPT-3) with its verbatim comments, and the summary report
 * 回访总结报告 (RPT-4). The record form 回访记录表 is {@link VisitRecordForm}.
 */
@Service
public class VisitReports {

    private static final int TOP_NOTES = 10;
    private static final String REACHED = "v.status = 'DONE'";

    private final JdbcClient jdbc;
    private final UserAccounts users;
    private final Departments departments;
    private final CustomerDirectory customers;
    private final VisitCoverage coverage;
    private final OrganisationSettings organisation;

    VisitReports(JdbcClient jdbc, UserAccounts users, Departments departments, CustomerDirectory customers,
            VisitCoverage coverage, OrganisationSettings organisation) {
        this.jdbc = jdbc;
        this.users = users;
        this.departments = departments;
        this.customers = customers;
        this.coverage = coverage;
        this.organisation = organisation;
    }

    /** The satisfaction analysis of the visits reached in the period (visit time), with the filters. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SUPERVISOR')")
    public SatisfactionFigures satisfaction(VisitReportQuery q) {
        ReportScope scope = ReportScope.of(q, "v.visited_at", organisation.zone());
        List<Verdict> verdicts = verdicts(scope);
        SatisfactionTally<String> overall = new SatisfactionTally<>();
        SatisfactionTally<Long> agents = new SatisfactionTally<>();
        SatisfactionTally<Long> depts = new SatisfactionTally<>();
        SatisfactionTally<String> grades = new SatisfactionTally<>();
        SatisfactionTally<YearMonth> months = new SatisfactionTally<>();
        Map<Long, String> gradeOf = customers.gradeCodes(verdicts.stream().map(Verdict::customerId)
                .collect(Collectors.toSet()));
        for (Verdict v : verdicts) {
            overall.add("all", v.satisfaction(), v.scoreSum(), v.scored());
            agents.add(v.agentId(), v.satisfaction(), v.scoreSum(), v.scored());
            depts.add(v.departmentId(), v.satisfaction(), v.scoreSum(), v.scored());
            grades.add(gradeOf.get(v.customerId()), v.satisfaction(), v.scoreSum(), v.scored());
            months.add(v.month(), v.satisfaction(), v.scoreSum(), v.scored());
        }
        Map<Long, UserAccount> agentNames = users.byIds(agents.keys().stream().filter(Objects::nonNull).toList());
        Map<Long, String> deptNames = departments.all().stream()
                .collect(Collectors.toMap(Department::getId, Department::getName));
        List<Group> trend = new ArrayList<>();
        for (YearMonth m = YearMonth.from(q.from()); !m.isAfter(YearMonth.from(q.to())); m = m.plusMonths(1)) {
            trend.add(months.group(m, m.toString()));
        }
        return new SatisfactionFigures(q, overall.group("all", null), questions(scope),
                agents.groups(id -> id == null ? null
                        : Optional.ofNullable(agentNames.get(id)).map(UserAccount::getDisplayName).orElse("#" + id)),
                depts.groups(id -> id == null ? null : deptNames.getOrDefault(id, "#" + id)),
                grades.groups(code -> code), trend);
    }

    /** Text answers and notes of the reached visits, newest first, a page at a time. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SUPERVISOR')")
    public Page<Comment> comments(VisitReportQuery q, Pageable page) {
        ReportScope scope = ReportScope.of(q, "v.visited_at", organisation.zone());
        String texts = """
                select v.id, v.visited_at, v.customer_name, v.agent_id, v.satisfaction, a.question, a.answer_text as words
                from return_visit v join return_visit_answer a on a.visit_id = v.id
                where a.answer_text is not null and\s""" + REACHED + " and " + scope.where() + """
                \sunion all
                select v.id, v.visited_at, v.customer_name, v.agent_id, v.satisfaction, null, v.note
                from return_visit v where v.note is not null and\s""" + REACHED + " and " + scope.where();
        long total = jdbc.sql("select count(*) from (" + texts + ") c").params(scope.params()).query(Long.class)
                .single();
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("limit", page.getPageSize());
        params.put("offset", page.getOffset());
        List<Object[]> rows = jdbc.sql("select * from (" + texts + ") c order by c.visited_at desc, c.id desc,"
                + " case when c.question is null then 0 else 1 end, c.question limit :limit offset :offset").params(params)
                .query((rs, i) -> new Object[] { rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                        rs.getObject(4, Long.class), rs.getString(5), rs.getString(6), rs.getString(7) })
                .list();
        return new PageImpl<>(comments(rows), page, total);
    }

    /**
     * The summary report of the visits planned in the period: how they ended, the share reached, the three-day
     * coverage of VIS-1, the verdicts, follow-up requests opened and the notes of unsatisfied customers.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SUPERVISOR')")
    public VisitSummary summary(VisitReportQuery q) {
        ReportScope scope = ReportScope.of(q, "v.planned_at", organisation.zone());
        Map<String, Long> statuses = new LinkedHashMap<>();
        Map<String, Long> outcomes = new LinkedHashMap<>();
        long[] followUps = new long[1];
        SatisfactionTally<String> verdicts = new SatisfactionTally<>();
        jdbc.sql("select v.status, v.outcome, v.satisfaction, v.follow_request_id from return_visit v where "
                + scope.where()).params(scope.params()).query(rs -> {
                    statuses.merge(rs.getString(1), 1L, Long::sum);
                    if (rs.getString(2) != null) {
                        outcomes.merge(rs.getString(2), 1L, Long::sum);
                    }
                    if ("DONE".equals(rs.getString(1))) {
                        verdicts.add("all", rs.getString(3), 0, 0);
                    }
                    if (rs.getObject(4) != null) {
                        followUps[0]++;
                    }
                });
        long planned = statuses.values().stream().mapToLong(Long::longValue).sum();
        long done = statuses.getOrDefault("DONE", 0L);
        long open = statuses.getOrDefault("PLANNED", 0L) + statuses.getOrDefault("NOT_REACHED", 0L);
        long counted = planned - statuses.getOrDefault("CANCELLED", 0L);
        int reached = counted == 0 ? 0 : (int) (done * 100 / counted);
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("limit", TOP_NOTES);
        List<Object[]> notes = jdbc.sql("""
                select v.id, v.visited_at, v.customer_name, v.agent_id, v.satisfaction, null, v.note
                from return_visit v where v.satisfaction = 'UNSATISFIED' and v.note is not null and\s"""
                + scope.where() + " order by v.visited_at desc, v.id desc limit :limit").params(params)
                .query((rs, i) -> new Object[] { rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                        rs.getObject(4, Long.class), rs.getString(5), null, rs.getString(7) })
                .list();
        return new VisitSummary(q, planned, done, open, reached, outcomes, statuses,
                coverage.of(q.from(), q.to(), q.departmentId(), q.agentId()), verdicts.group("all", null), followUps[0], comments(notes));
    }

    /** Each reached visit once, with the sum and number of its scores. */
    private List<Verdict> verdicts(ReportScope scope) {
        return jdbc.sql("""
                select v.agent_id, v.department_id, v.customer_id, v.satisfaction, v.visited_at,
                       coalesce(sum(a.score), 0) as score_sum, count(a.score) as scored
                from return_visit v left join return_visit_answer a on a.visit_id = v.id
                where\s""" + REACHED + " and " + scope.where()
                + " group by v.id, v.agent_id, v.department_id, v.customer_id, v.satisfaction, v.visited_at")
                .params(scope.params())
                .query((rs, i) -> new Verdict(rs.getObject("agent_id", Long.class),
                        rs.getObject("department_id", Long.class), rs.getLong("customer_id"),
                        rs.getString("satisfaction"), YearMonth.from(rs.getObject("visited_at", OffsetDateTime.class)
                                .atZoneSameInstant(scope.zone())), rs.getLong("score_sum"), rs.getLong("scored")))
                .list();
    }

    private List<QuestionScores> questions(ReportScope scope) {
        Map<String, long[]> byQuestion = new LinkedHashMap<>();
        jdbc.sql("""
                select a.question, a.score, count(*) as n, min(a.position) as pos
                from return_visit_answer a join return_visit v on v.id = a.visit_id
                where a.score is not null and\s""" + REACHED + " and " + scope.where()
                + " group by a.question, a.score order by pos, a.question, a.score")
                .params(scope.params())
                .query(rs -> {
                    long[] c = byQuestion.computeIfAbsent(rs.getString("question"), k -> new long[7]);
                    int score = rs.getInt("score");
                    long n = rs.getLong("n");
                    if (score >= 1 && score <= 5) {
                        c[score] += n;
                    }
                    c[0] += n;
                    c[6] += n * score;
                });
        return byQuestion.entrySet().stream().map(e -> {
            long[] c = e.getValue();
            return new QuestionScores(e.getKey(), c[0], SatisfactionTally.average(c[6], c[0]),
                    List.of(c[1], c[2], c[3], c[4], c[5]));
        }).toList();
    }

    private List<Comment> comments(List<Object[]> rows) {
        Map<Long, UserAccount> names = users.byIds(rows.stream().map(r -> (Long) r[3]).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return rows.stream().map(r -> new Comment((Long) r[0], r[1] == null ? null : ((OffsetDateTime) r[1])
                .toInstant(), (String) r[2], Optional.ofNullable((Long) r[3]).map(names::get)
                .map(UserAccount::getDisplayName).orElse(null), (String) r[4], (String) r[5], (String) r[6])).toList();
    }

    /** A reached visit in the analysis: who made it, for whom, the verdict, the month, its scores. */
    private record Verdict(Long agentId, Long departmentId, long customerId, String satisfaction, YearMonth month,
            long scoreSum, long scored) {
    }
}
