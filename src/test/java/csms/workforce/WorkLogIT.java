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
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The daily work log (WFM-8): one's own log per day with special situations, the team's supervisor reviews it, a
 * reviewed log no longer changes, and each reader sees what they may.
 */
@IntegrationTest
class WorkLogIT {

    static final LocalDate DAY = LocalDate.of(2026, 11, 17);

    @Autowired
    WorkLogs logs;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MockMvc mvc;

    long team;
    SignedInUser supervisor;
    SignedInUser agent;

    @BeforeEach
    void setUp() {
        team = fixtures.department();
        supervisor = fixtures.user(team, Role.SUPERVISOR);
        fixtures.supervise(team, supervisor);
        agent = fixtures.user(team, Role.AGENT);
    }

    @Test
    void anAgentWritesTheDaysLogTheSupervisorReviewsItAndThenItNoLongerChanges() {
        WorkLog log = as(agent, () -> logs.write(DAY, "回复 12 个咨询", "王先生要求经理回电", null));
        assertThatThrownBy(() -> as(agent, () -> logs.write(DAY, "改", null, null)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("version"));
        WorkLog changed = as(agent, () -> logs.write(DAY, "回复 13 个咨询", "王先生要求经理回电", log.getVersion()));
        assertThatThrownBy(() -> as(agent, () -> logs.review(log.getId(), "自己审", changed.getVersion())))
                .isInstanceOf(AccessDeniedException.class);
        SignedInUser stranger = fixtures.user(fixtures.department(), Role.SUPERVISOR);
        assertThatThrownBy(() -> as(stranger, () -> logs.review(log.getId(), "好", changed.getVersion())))
                .isInstanceOf(AccessDeniedException.class);

        WorkLog reviewed = as(supervisor, () -> logs.review(log.getId(), "已安排经理回电", changed.getVersion()));

        assertThat(reviewed.isReviewed()).isTrue();
        assertThatThrownBy(() -> as(agent, () -> logs.write(DAY, "再改", null, reviewed.getVersion())))
                .isInstanceOf(ConflictException.class);
        assertThat(as(supervisor, () -> logs.list(new StaffFilter(YearMonth.from(DAY), team, null), false,
                PageQuery.of(0, 20, null))).getContent()).singleElement().satisfies(l -> {
                    assertThat(l.content()).isEqualTo("回复 13 个咨询");
                    assertThat(l.specialSituation()).isEqualTo("王先生要求经理回电");
                    assertThat(l.reviewComment()).isEqualTo("已安排经理回电");
                    assertThat(l.mayReview()).isFalse();
                });
        assertThat(as(supervisor, () -> logs.list(new StaffFilter(YearMonth.from(DAY), team, null), true,
                PageQuery.of(0, 20, null))).getContent()).isEmpty();
    }

    @Test
    void aLogNeedsContentAndADayNotInTheFutureAndOthersSeeOnlyTheirOwn() {
        assertThatThrownBy(() -> as(agent, () -> logs.write(DAY, " ", null, null)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("content"));
        assertThatThrownBy(() -> as(agent, () -> logs.write(LocalDate.now().plusDays(2), "明天", null, null)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("day"));
        SignedInUser colleague = fixtures.user(team, Role.AGENT);
        as(agent, () -> logs.write(DAY, "我的", null, null));
        as(colleague, () -> logs.write(DAY, "同事的", null, null));
        assertThat(as(agent, () -> logs.list(new StaffFilter(YearMonth.from(DAY), team, null), false,
                PageQuery.of(0, 20, null))).getContent()).extracting(WorkLogLine::userId).containsExactly(agent.id());
        assertThat(as(supervisor, () -> logs.list(new StaffFilter(YearMonth.from(DAY), team, null), true,
                PageQuery.of(0, 20, null))).getContent()).extracting(WorkLogLine::mayReview).containsOnly(true);
    }

    @Test
    void thePageShowsTheTeamsLogsAndTheSupervisorReviewsThere() throws Exception {
        WorkLog log = as(agent, () -> logs.write(DAY, "处理投诉", "客户情绪激动", null));

        String page = mvc.perform(get("/workforce/worklog").param("month", "2026-11").with(Fixtures.as(supervisor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-log=\"" + log.getId() + "\"", "客户情绪激动", "审阅");
        mvc.perform(post("/workforce/worklog/" + log.getId() + "/review").with(Fixtures.as(supervisor)).with(csrf())
                .param("comment", "明天跟进").param("version", String.valueOf(log.getVersion())))
                .andExpect(status().is3xxRedirection());
        String own = mvc.perform(get("/workforce/worklog").param("month", "2026-11").with(Fixtures.as(agent)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(own).contains("明天跟进");
        mvc.perform(post("/workforce/worklog").with(Fixtures.as(agent)).with(csrf()).param("day", DAY.toString())
                .param("content", "")).andExpect(status().isUnprocessableContent());
    }
}
