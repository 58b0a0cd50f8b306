package csms.pay;

import static csms.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.identity.SignedInUser;
import csms.shared.ConflictException;
import csms.shared.Money;
import csms.shared.NotFoundException;
import csms.shared.Role;
import csms.shared.RuleViolation;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The month's assessments (PAY-4 … PAY-6): supervisors grade their own team only and never themselves, managers set
 * the discretionary bonus with a reason, only this month and the one before change, stale edits 409, and the bonus
 * is not shown to supervisors.
 */
@IntegrationTest
class PayAssessmentsIT {

    @Autowired
    PayAssessments assessments;
    @Autowired
    PayRules rules;
    @Autowired
    PerformanceSchemes schemes;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MockMvc mvc;

    long team;
    SignedInUser supervisor;
    SignedInUser agent;
    SignedInUser manager;
    YearMonth now;

    @BeforeEach
    void setUp() {
        team = fixtures.department();
        supervisor = fixtures.user(team, Role.SUPERVISOR);
        agent = fixtures.user(team, Role.AGENT);
        manager = fixtures.user(Role.DEPT_MANAGER);
        now = rules.currentMonth();
        SchemeFixtures.approved(schemes, fixtures, team, now.minusMonths(1), SchemeGrader.HEAD);
    }

    @Test
    void aSupervisorGradesTheTeamButNotThemselvesNorAnotherTeamNorAClosedMonth() {
        PayAssessment a = as(supervisor, () -> assessments.grade(agent.id(), now, PerformanceGrade.GOOD, null));
        assertThat(a.getGrade()).isEqualTo(PerformanceGrade.GOOD);
        assertThat(as(supervisor, () -> assessments.grade(agent.id(), now, PerformanceGrade.EXCELLENT,
                a.getVersion())).getGrade()).isEqualTo(PerformanceGrade.EXCELLENT);
        assertThat(assessments.of(now).get(agent.id()).getGrade()).isEqualTo(PerformanceGrade.EXCELLENT);

        assertThatThrownBy(() -> as(supervisor, () -> assessments.grade(agent.id(), now, PerformanceGrade.PASS,
                a.getVersion()))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> as(supervisor, () -> assessments.grade(supervisor.id(), now, PerformanceGrade.GOOD,
                null))).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey())
                        .isEqualTo("pay.assessment.own"));
        long otherTeam = fixtures.department();
        SchemeFixtures.approved(schemes, fixtures, otherTeam, now.minusMonths(1), SchemeGrader.HEAD);
        SignedInUser elsewhere = fixtures.user(otherTeam, Role.AGENT);
        assertThatThrownBy(() -> as(supervisor, () -> assessments.grade(elsewhere.id(), now, PerformanceGrade.GOOD,
                null))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(supervisor, () -> assessments.grade(agent.id(), now.minusMonths(2),
                PerformanceGrade.GOOD, null))).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(
                        e.messageKey()).isEqualTo("pay.assessment.month-closed"));
        assertThat(as(manager, () -> assessments.grade(elsewhere.id(), now.minusMonths(1), PerformanceGrade.PASS,
                null)).getGrade()).isEqualTo(PerformanceGrade.PASS);
    }

    @Test
    void onlyManagersSetTheDiscretionaryBonusAndAlwaysWithAReason() {
        assertThatThrownBy(() -> as(supervisor, () -> assessments.discretionary(agent.id(), now, BigDecimal.TEN,
                "表现好", null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(manager, () -> assessments.discretionary(agent.id(), now, new BigDecimal("200"),
                " ", null))).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field())
                        .isEqualTo("reason"));
        assertThatThrownBy(() -> as(manager, () -> assessments.discretionary(agent.id(), now, new BigDecimal("-1"),
                "扣", null))).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field())
                        .isEqualTo("discretionary"));

        PayAssessment a = as(manager, () -> assessments.discretionary(agent.id(), now, new BigDecimal("200"),
                "客户来信表扬", null));

        assertThat(a.getDiscretionary()).isEqualTo(Money.of("200"));
        assertThat(a.getDiscretionaryReason()).isEqualTo("客户来信表扬");
    }

    @Test
    void theSupervisorsPageShowsGradesOfTheTeamWithoutBonusesAndKeepsABadInput() throws Exception {
        String page = mvc.perform(get("/pay/assessments").with(Fixtures.as(supervisor))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-user=\"" + agent.id() + "\"").doesNotContain("/pay/assessments/discretionary");

        String managers = mvc.perform(get("/pay/assessments").param("departmentId", String.valueOf(team))
                .with(Fixtures.as(manager))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(managers).contains("/pay/assessments/discretionary");

        String refused = mvc.perform(post("/pay/assessments/discretionary").with(Fixtures.as(manager)).with(csrf())
                .param("userId", String.valueOf(agent.id())).param("month", now.toString()).param("amount", "300")
                .param("departmentId", String.valueOf(team))).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("value=\"300\"", "此项为必填项");
        mvc.perform(post("/pay/assessments/discretionary").with(Fixtures.as(supervisor)).with(csrf())
                .param("userId", String.valueOf(agent.id())).param("month", now.toString()).param("amount", "300")
                .param("reason", "好")).andExpect(status().isForbidden());
        mvc.perform(get("/pay/assessments").with(Fixtures.as(agent))).andExpect(status().isForbidden());
    }
}
