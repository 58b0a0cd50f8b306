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
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The complaint classification statistics checked against the known data set of one department
 * ({@link ComplaintStatisticsDataSet}).
 */
@IntegrationTest
class ComplaintStatisticsIT {

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
        new ComplaintStatisticsDataSet(jdbc).insert(team, otherTeam);
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
        return new StatisticsQuery(ComplaintStatisticsDataSet.FROM, ComplaintStatisticsDataSet.TO, team, null, null,
                null);
    }
}
