package csms.service;

import static csms.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import csms.identity.SignedInUser;
import csms.service.ComplaintStatistics.Slice;
import csms.service.ComplaintStatistics.StepTime;
import csms.shared.Role;
import csms.shared.RuleViolation;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The complaint classification statistics checked against a known data set of one department: six complaints in
 * March and April 2024, inserted with their step times (working mornings, so the business hours are exact).
 */
@IntegrationTest
class ComplaintStatisticsIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ComplaintStatisticsReport report;

    long team;
    long otherTeam;
    SignedInUser supervisor;

    @BeforeEach
    void dataSet() {
        team = fixtures.department();
        otherTeam = fixtures.department();
        supervisor = fixtures.user(team, Role.SUPERVISOR);
        // received Monday 2024-03-04 09:30; judged 10:30 (1 h), investigated 11:30 (1 h), closed
        complaint("PHONE", "GENERAL", false, "CLOSED", "PROCESS", "SERVICE", true, team, null, "2024-03-04T09:30",
                "2024-03-04T10:30", "2024-03-04T11:30", "2024-03-05T09:30", "2024-03-05T10:00", "2024-03-05T11:00",
                "2024-03-06T09:00", "2024-03-06T10:00", "150.00");
        // judged after 3 h, then waiting for the investigation
        complaint("PHONE", "MAJOR", true, "INVESTIGATION", null, null, true, team, null, "2024-03-11T09:00",
                "2024-03-11T12:00", null, null, null, null, null, null, null);
        // unjustified, judged after 2 h, summarised
        complaint("EMAIL", "GENERAL", false, "FOLLOW_UP", "RESULT_DOUBT", null, false, team, null,
                "2024-03-12T09:00", "2024-03-12T11:00", null, null, null, null, "2024-03-12T11:30", null, null);
        complaint("CHAT", "GENERAL", false, "JUDGEMENT", null, null, null, team, null, "2024-04-01T09:00", null,
                null, null, null, null, null, null, null);
        complaint("PHONE", "GENERAL", false, "CLOSED", "PROCESS", "QUALITY", true, team, null, "2024-04-02T09:00",
                "2024-04-02T10:00", "2024-04-02T11:00", "2024-04-03T09:00", "2024-04-03T09:30", "2024-04-03T10:00",
                "2024-04-03T11:00", "2024-04-08T09:00", "50.00");
        // a confidential customer of the other team: counted for managers only
        complaint("PHONE", "GENERAL", false, "JUDGEMENT", null, null, null, team, otherTeam, "2024-04-03T09:00",
                null, null, null, null, null, null, null, null);
    }

    @Test
    void countsSharesAndTotalsOfThePeriodAsASupervisorSeesThem() {
        ComplaintStatistics s = as(supervisor, () -> report.compute(query()));
        assertThat(s.total()).isEqualTo(5);
        assertThat(s.closed()).isEqualTo(2);
        assertThat(s.open()).isEqualTo(3);
        assertThat(s.crisis()).isEqualTo(1);
        assertThat(s.justified()).isEqualTo(3);
        assertThat(s.unjustified()).isEqualTo(1);
        assertThat(s.compensation()).isEqualByComparingTo("200.00");
        assertThat(s.byCategory()).extracting(Slice::key, Slice::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PROCESS", 2L),
                        org.assertj.core.groups.Tuple.tuple("UNCLASSIFIED", 2L),
                        org.assertj.core.groups.Tuple.tuple("RESULT_DOUBT", 1L));
        assertThat(s.byCategory().getFirst().share()).isEqualByComparingTo("40.0");
        assertThat(s.byChannel()).extracting(Slice::key, Slice::count).contains(
                org.assertj.core.groups.Tuple.tuple("PHONE", 3L), org.assertj.core.groups.Tuple.tuple("EMAIL", 1L),
                org.assertj.core.groups.Tuple.tuple("CHAT", 1L));
        assertThat(s.bySeverity()).extracting(Slice::key, Slice::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("GENERAL", 4L), org.assertj.core.groups.Tuple.tuple("MAJOR", 1L));
        assertThat(s.byDepartment()).extracting(Slice::count).containsExactly(5L);
    }

    @Test
    void averagesBusinessHoursPerStepAndTrendsByMonth() {
        ComplaintStatistics s = as(supervisor, () -> report.compute(query()));
        StepTime judgement = s.stepTimes().stream().filter(t -> t.step() == ComplaintStage.JUDGEMENT).findFirst()
                .orElseThrow();
        // 1 h, 3 h, 2 h, 1 h → 7 h over 4 judged complaints
        assertThat(judgement.completed()).isEqualTo(4);
        assertThat(judgement.averageHours()).isEqualByComparingTo("1.8");
        StepTime investigation = s.stepTimes().stream().filter(t -> t.step() == ComplaintStage.INVESTIGATION)
                .findFirst().orElseThrow();
        assertThat(investigation.completed()).isEqualTo(2);
        assertThat(investigation.averageHours()).isEqualByComparingTo("1.0");
        assertThat(s.months()).containsExactly(YearMonth.of(2024, 3), YearMonth.of(2024, 4));
        assertThat(s.trend().get("PROCESS")).containsExactly(1L, 1L);
        assertThat(s.trend().get("UNCLASSIFIED")).containsExactly(1L, 1L);
    }

    @Test
    void aManagerCountsTheConfidentialComplaintsOfEveryTeam() {
        SignedInUser manager = fixtures.user(otherTeam, Role.DEPT_MANAGER);
        assertThat(as(manager, () -> report.compute(query())).total()).isEqualTo(6);
    }

    @Test
    void filtersBySeverityAndRefusesAgentsAndBadPeriods() {
        StatisticsQuery major = new StatisticsQuery(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 30), team, null,
                Severity.MAJOR, null);
        assertThat(as(supervisor, () -> report.compute(major)).total()).isEqualTo(1);
        SignedInUser agent = fixtures.user(team, Role.AGENT);
        assertThatThrownBy(() -> as(agent, () -> report.compute(query()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> new StatisticsQuery(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 3, 1), null, null,
                null, null)).isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("to");
    }

    private StatisticsQuery query() {
        return new StatisticsQuery(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 30), team, null, null, null);
    }

    private void complaint(String channel, String severity, boolean crisis, String stage, String category,
            String problemKind, Boolean justified, long department, Long restricted, String received, String judged,
            String investigated, String submitted, String approved, String implemented, String summarised,
            String followUp, String compensation) {
        long id = jdbc.sql("""
                insert into service_request (type, channel, customer_id, customer_name, customer_rank,
                  restricted_department_id, subject, priority, status, department_id, created_by_id, created_at,
                  updated_at, version)
                values ('COMPLAINT', :channel, 1, '统计客户', 0, :restricted, '统计样本', 'NORMAL', :status, :dept, 1,
                  :received, :received, 0)""")
                .param("channel", channel).param("restricted", restricted)
                .param("status", "CLOSED".equals(stage) ? "CLOSED" : "OPEN").param("dept", department)
                .param("received", at(received))
                .update(new org.springframework.jdbc.support.GeneratedKeyHolder(), "id") == 1
                ? jdbc.sql("select max(id) from service_request").query(Long.class).single() : -1;
        jdbc.sql("""
                insert into complaint (request_id, severity, crisis, stage, complainant, received_at, content,
                  customer_wants, acknowledged_at, justified, judged_at, investigated_at, submitted_at, approved_at,
                  implemented_at, summarised_at, follow_up_at, category, problem_kind, compensation,
                  responsible_department_id, version)
                values (:id, :severity, :crisis, :stage, '统计', :received, '内容', '诉求', :received, :justified,
                  :judged, :investigated, :submitted, :approved, :implemented, :summarised, :followUp, :category,
                  :kind, :compensation, :dept, 0)""")
                .param("id", id).param("severity", severity).param("crisis", crisis).param("stage", stage)
                .param("received", at(received)).param("justified", justified).param("judged", at(judged))
                .param("investigated", at(investigated)).param("submitted", at(submitted))
                .param("approved", at(approved)).param("implemented", at(implemented))
                .param("summarised", at(summarised)).param("followUp", at(followUp)).param("category", category)
                .param("kind", problemKind)
                .param("compensation", compensation == null ? null : new java.math.BigDecimal(compensation))
                .param("dept", department).update();
    }

    private static OffsetDateTime at(String local) {
        return local == null ? null : LocalDateTime.parse(local).atZone(ZONE).toOffsetDateTime();
    }
}
