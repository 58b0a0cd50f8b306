package csms.workforce;

import static csms.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.identity.SignedInUser;
import csms.shared.ConflictException;
import csms.shared.PageQuery;
import csms.shared.Role;
import csms.shared.RuleViolation;
import csms.system.calendar.BusinessCalendar;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Weekly and monthly plans and reports (WFM-8): one per person, kind and period; the team's supervisor (or a manager)
 * accepts or returns them, nobody their own; a returned one is submitted again, an accepted one no longer changes; the
 * supervisor's list shows the late and missing ones; each reader sees only what they may.
 */
@IntegrationTest
class WorkPlansIT {

    /** A Wednesday of ISO week 2026-W45 (Monday 2 November), long past. */
    static final LocalDate DAY = LocalDate.of(2026, 11, 4);
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    @Autowired
    WorkPlans plans;
    @Autowired
    WorkLogs logs;
    @Autowired
    Fixtures fixtures;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    BusinessCalendar calendar;
    @Autowired
    MockMvc mvc;
    @Autowired
    csms.identity.UserAccounts accountsBean;

    long team;
    SignedInUser supervisor;
    SignedInUser agent;

    @BeforeEach
    void setUp() {
        team = fixtures.department();
        supervisor = fixtures.user(team, Role.SUPERVISOR);
        fixtures.supervise(team, supervisor);
        agent = fixtures.user(team, Role.AGENT);
        membersSinceJanuary(team);
    }

    /** The teams' members joined before the weeks of these tests (the accounts were created today). */
    void membersSinceJanuary(Long... teams) {
        for (long t : teams) {
            jdbc.sql("update team_membership set first_day = :day where department_id = :team")
                    .param("day", LocalDate.of(2026, 1, 1)).param("team", t).update();
        }
    }

    @Test
    void aReportIsReturnedWithAReasonSubmittedAgainAcceptedAndThenNoLongerChanges() {
        WorkPlan report = as(agent, () -> plans.write(PlanKind.WEEKLY_REPORT, DAY, "完成回访 40 个", null));
        assertThat(report.getPeriodStart()).isEqualTo(MONDAY);
        assertThat(report.getState()).isEqualTo(PlanState.SUBMITTED);
        assertThatThrownBy(() -> as(agent, () -> plans.write(PlanKind.WEEKLY_REPORT, MONDAY, "改", null)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("version"));
        SignedInUser stranger = fixtures.user(fixtures.department(), Role.SUPERVISOR);
        assertThatThrownBy(() -> as(stranger, () -> plans.review(report.getId(), true, null, null, 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(supervisor, () -> plans.review(report.getId(), false, "再补充", " ", 0)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("reason"));

        WorkPlan returned = as(supervisor, () -> plans.review(report.getId(), false, null, "缺少投诉处理情况", 0));

        assertThat(returned.getState()).isEqualTo(PlanState.RETURNED);
        assertThatThrownBy(() -> as(supervisor, () -> plans.review(report.getId(), true, null, null,
                returned.getVersion()))).isInstanceOf(AccessDeniedException.class);
        WorkPlan again = as(agent, () -> plans.write(PlanKind.WEEKLY_REPORT, DAY, "完成回访 40 个,处理投诉 3 件",
                returned.getVersion()));
        assertThat(again.getId()).isEqualTo(report.getId());
        assertThat(again.getState()).isEqualTo(PlanState.SUBMITTED);
        assertThatThrownBy(() -> as(supervisor, () -> plans.review(report.getId(), true, null, null,
                returned.getVersion()))).isInstanceOf(ConflictException.class);

        WorkPlan accepted = as(supervisor, () -> plans.review(report.getId(), true, "很好", null, again.getVersion()));

        assertThat(accepted.getState()).isEqualTo(PlanState.ACCEPTED);
        assertThatThrownBy(() -> as(agent, () -> plans.write(PlanKind.WEEKLY_REPORT, DAY, "再改",
                accepted.getVersion()))).isInstanceOf(ConflictException.class);
        PlanPeriod week = as(agent, () -> plans.mine(true, DAY));
        assertThat(week.slots()).extracting(PlanSlot::kind).containsExactly(PlanKind.WEEKLY_PLAN, PlanKind.WEEKLY_REPORT);
        assertThat(week.slots().get(1).plan()).satisfies(v -> {
            assertThat(v.content()).isEqualTo("完成回访 40 个,处理投诉 3 件");
            assertThat(v.reviewComment()).isEqualTo("很好");
            assertThat(v.late()).isTrue();
            assertThat(v.mayEdit()).isFalse();
        });
        assertThat(week.slots().get(1).mayWrite()).isFalse();
        assertThat(week.slots().getFirst().plan()).isNull();
    }

    @Test
    void nobodyReviewsTheirOwnAndAManagerReviewsTheSupervisors() {
        WorkPlan own = as(supervisor, () -> plans.write(PlanKind.MONTHLY_PLAN, DAY, "本月目标:回访率 95%", null));
        assertThatThrownBy(() -> as(supervisor, () -> plans.review(own.getId(), true, null, null, own.getVersion())))
                .isInstanceOf(AccessDeniedException.class);
        SignedInUser manager = fixtures.user(Role.DEPT_MANAGER);
        WorkPlan managers = as(manager, () -> plans.write(PlanKind.MONTHLY_PLAN, DAY, "部门目标", null));
        assertThatThrownBy(() -> as(manager, () -> plans.review(managers.getId(), true, null, null, 0)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(as(manager, () -> plans.review(own.getId(), true, null, null, own.getVersion())).getState())
                .isEqualTo(PlanState.ACCEPTED);
    }

    @Test
    void oneOfEachKindPerPersonAndPeriodAndAReportNotBeforeItsPeriod() {
        WorkPlan plan = as(agent, () -> plans.write(PlanKind.WEEKLY_PLAN, MONDAY, "计划", null));
        WorkPlan sameWeek = as(agent, () -> plans.write(PlanKind.WEEKLY_PLAN, MONDAY.plusDays(6), "计划改",
                plan.getVersion()));
        assertThat(sameWeek.getId()).isEqualTo(plan.getId());
        WorkPlan report = as(agent, () -> plans.write(PlanKind.WEEKLY_REPORT, MONDAY, "报告", null));
        assertThat(report.getId()).isNotEqualTo(plan.getId());
        assertThatThrownBy(() -> as(agent, () -> plans.write(PlanKind.WEEKLY_PLAN, MONDAY, "旧版本", 0L)))
                .isInstanceOf(ConflictException.class);
        LocalDate nextWeek = LocalDate.now(calendar.zone()).plusWeeks(1);
        assertThatThrownBy(() -> as(agent, () -> plans.write(PlanKind.WEEKLY_REPORT, nextWeek, "未来", null)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("day"));
        assertThat(as(agent, () -> plans.write(PlanKind.WEEKLY_PLAN, nextWeek, "下周计划", null)).getPeriodStart())
                .isEqualTo(PlanKind.WEEKLY_PLAN.periodStart(nextWeek));
        assertThatThrownBy(() -> as(agent, () -> plans.write(PlanKind.MONTHLY_REPORT, DAY, "  ", null)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("content"));
    }

    @Test
    void deadlinesFollowTheRulesOnWorkingDaysAndDaysOfTheMonth() {
        assertThat(plans.due(PlanKind.WEEKLY_PLAN, MONDAY)).isEqualTo(MONDAY);
        assertThat(plans.due(PlanKind.WEEKLY_REPORT, MONDAY)).isEqualTo(MONDAY.plusWeeks(1));
        assertThat(plans.due(PlanKind.MONTHLY_PLAN, LocalDate.of(2026, 10, 1))).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(plans.due(PlanKind.MONTHLY_REPORT, LocalDate.of(2026, 10, 1))).isEqualTo(LocalDate.of(2026, 11, 5));
        // the National Day week: the first working day after 1–7 October
        LocalDate holidayWeekReport = plans.due(PlanKind.WEEKLY_REPORT, LocalDate.of(2026, 9, 28));
        assertThat(holidayWeekReport).isAfter(LocalDate.of(2026, 10, 7));
    }

    @Test
    void theSupervisorsListShowsTheTeamsLateAndMissingReportsPaged() {
        SignedInUser second = fixtures.user(team, Role.AGENT);
        SignedInUser third = fixtures.user(team, Role.AGENT);
        long otherTeam = fixtures.department();
        fixtures.user(otherTeam, Role.AGENT);
        membersSinceJanuary(team, otherTeam);
        WorkPlan late = as(agent, () -> plans.write(PlanKind.WEEKLY_REPORT, DAY, "迟交的周报", null));
        LocalDate thisMonth = LocalDate.now(calendar.zone());
        as(second, () -> plans.write(PlanKind.MONTHLY_REPORT, thisMonth, "本月总结(未到截止日)", null));

        var all = as(supervisor, () -> plans.statuses(PlanKind.WEEKLY_REPORT, DAY, null, null, PageQuery.of(0, 20, null)));
        assertThat(all.getContent()).extracting(PlanStatusLine::userId)
                .containsExactlyInAnyOrder(agent.id(), second.id(), third.id());
        assertThat(all.getContent()).allMatch(PlanStatusLine::late);
        assertThat(as(supervisor, () -> plans.statuses(PlanKind.WEEKLY_REPORT, DAY, team, PlanStatusFilter.MISSING,
                PageQuery.of(0, 20, null))).getContent()).extracting(PlanStatusLine::userId)
                .containsExactlyInAnyOrder(second.id(), third.id());
        assertThat(as(supervisor, () -> plans.statuses(PlanKind.WEEKLY_REPORT, DAY, team, PlanStatusFilter.SUBMITTED,
                PageQuery.of(0, 20, null))).getContent()).singleElement()
                .satisfies(l -> assertThat(l.planId()).isEqualTo(late.getId()));
        var paged = as(supervisor, () -> plans.statuses(PlanKind.WEEKLY_REPORT, DAY, team, PlanStatusFilter.LATE,
                PageQuery.of(1, 2, null)));
        assertThat(paged.getTotalElements()).isEqualTo(3);
        assertThat(paged.getContent()).hasSize(1);

        var month = as(supervisor, () -> plans.statuses(PlanKind.MONTHLY_REPORT, thisMonth, team, null,
                PageQuery.of(0, 20, null)));
        assertThat(month.getContent()).filteredOn(l -> l.userId() == second.id()).singleElement()
                .satisfies(l -> assertThat(l.late()).isFalse());
        assertThat(month.getContent()).filteredOn(l -> l.userId() == third.id()).singleElement()
                .satisfies(l -> assertThat(l.missing()).isTrue());
        assertThat(as(supervisor, () -> plans.statuses(PlanKind.MONTHLY_REPORT, thisMonth, team,
                PlanStatusFilter.LATE, PageQuery.of(0, 20, null))).getContent()).isEmpty();
        SignedInUser manager = fixtures.user(Role.GENERAL_MANAGER);
        assertThat(as(manager, () -> plans.statuses(PlanKind.WEEKLY_REPORT, DAY, team, null,
                PageQuery.of(0, 20, null))).getContent()).extracting(PlanStatusLine::userId)
                .contains(supervisor.id(), agent.id());
    }

    @Test
    void anAgentReadsAndWritesOnlyTheirOwnAndThePagesShowThePeriodWithItsLogs() throws Exception {
        as(agent, () -> logs.write(DAY, "回访 12 位客户", "李女士要求退货", null));
        WorkPlan report = as(agent, () -> plans.write(PlanKind.WEEKLY_REPORT, DAY, "本周回访完成", null));
        SignedInUser colleague = fixtures.user(team, Role.AGENT);
        SignedInUser otherSupervisor = fixtures.user(fixtures.department(), Role.SUPERVISOR);

        mvc.perform(get("/workforce/plans/" + report.getId()).with(Fixtures.as(colleague)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/workforce/plans/" + report.getId()).with(Fixtures.as(otherSupervisor)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/workforce/plans/" + report.getId() + "/review").with(Fixtures.as(colleague)).with(csrf())
                .param("decision", "accept").param("version", "0")).andExpect(status().isForbidden());
        mvc.perform(get("/workforce/plans/review").with(Fixtures.as(colleague))).andExpect(status().isForbidden());

        String own = mvc.perform(get("/workforce/plans").param("scope", "week").param("day", DAY.toString())
                .with(Fixtures.as(agent))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(own).contains("本周回访完成", "回访 12 位客户", "李女士要求退货", "2026-W45", "周工作计划", "尚未提交");
        mvc.perform(post("/workforce/plans").with(Fixtures.as(agent)).with(csrf()).param("kind", "WEEKLY_REPORT")
                .param("day", MONDAY.toString()).param("content", "旧版本的修改").param("version", "7"))
                .andExpect(status().isConflict());
        mvc.perform(post("/workforce/plans").with(Fixtures.as(agent)).with(csrf()).param("kind", "WEEKLY_PLAN")
                .param("day", MONDAY.toString()).param("content", "")).andExpect(status().isUnprocessableContent());

        String queue = mvc.perform(get("/workforce/plans/review").param("kind", "WEEKLY_REPORT")
                .param("day", DAY.toString()).param("departmentId", String.valueOf(team))
                .with(Fixtures.as(supervisor))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(queue).contains("data-plan=\"" + report.getId() + "\"", "未交", "逾期提交", "待审阅");
        String shown = mvc.perform(get("/workforce/plans/" + report.getId()).with(Fixtures.as(supervisor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(shown).contains("本周回访完成", "李女士要求退货", "id=\"plan-review\"");
        mvc.perform(post("/workforce/plans/" + report.getId() + "/review").with(Fixtures.as(supervisor)).with(csrf())
                .param("decision", "return").param("reason", "").param("version", String.valueOf(report.getVersion())))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/workforce/plans/" + report.getId() + "/review").with(Fixtures.as(supervisor)).with(csrf())
                .param("decision", "return").param("reason", "请补充投诉情况")
                .param("version", String.valueOf(report.getVersion()))).andExpect(status().is3xxRedirection());
        String returned = mvc.perform(get("/workforce/plans").param("scope", "week").param("day", DAY.toString())
                .with(Fixtures.as(agent))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(returned).contains("请补充投诉情况", "已退回修改");
    }

    @Test
    void theListAsksOnlyWhoJoinedByThePeriodsLastDayAndAMovedAuthorsPlanFollowsThemToTheNewTeam() {
        SignedInUser newcomer = fixtures.user(team, Role.AGENT);
        // the week of DAY is Monday 2 … Sunday 8 November
        jdbc.sql("update team_membership set first_day = :day where user_id = :u").param("day", MONDAY.plusDays(7))
                .param("u", newcomer.id()).update();
        assertThat(as(supervisor, () -> plans.statuses(PlanKind.WEEKLY_REPORT, DAY, team, null,
                PageQuery.of(0, 50, null))).getContent()).extracting(PlanStatusLine::userId)
                .as("joined the Monday after").doesNotContain(newcomer.id()).contains(agent.id());
        jdbc.sql("update team_membership set first_day = :day where user_id = :u").param("day", MONDAY.plusDays(6))
                .param("u", newcomer.id()).update();
        assertThat(as(supervisor, () -> plans.statuses(PlanKind.WEEKLY_REPORT, DAY, team, null,
                PageQuery.of(0, 50, null))).getContent()).extracting(PlanStatusLine::userId)
                .as("joined on the Sunday").contains(newcomer.id());

        WorkPlan report = as(agent, () -> plans.write(PlanKind.WEEKLY_REPORT, DAY, "本周总结", null));
        Fixtures.Team other = fixtures.team();
        SignedInUser admin = fixtures.user(Role.ADMIN);
        csms.identity.UserAccounts accounts = accountsBean;
        csms.identity.UserAccount account = accounts.get(agent.id());
        as(admin, () -> accounts.update(agent.id(), new csms.identity.UserChanges(account.getDisplayName(),
                account.getAgentNumber(), other.id(), null, java.util.EnumSet.of(Role.AGENT), account.getVersion())));

        assertThat(as(other.supervisor(), () -> plans.get(report.getId()))).isNotNull();
        assertThatThrownBy(() -> as(supervisor, () -> plans.get(report.getId())))
                .as("the old team's supervisor no longer reads it").isInstanceOf(AccessDeniedException.class);
        assertThat(as(other.supervisor(), () -> plans.review(report.getId(), true, "好", null, report.getVersion()))
                .getState()).isEqualTo(PlanState.ACCEPTED);
    }
}
