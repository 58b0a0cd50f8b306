package csms.workforce;

import static csms.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.identity.SignedInUser;
import csms.shared.Role;
import csms.shared.RuleViolation;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The duty rota 值日表 (WFM-3): one agent a working day from the business calendar, rotating in a fixed order and
 * continuing into the next month; today's duty for the home page; only the team's supervisor generates it.
 */
@IntegrationTest
class DutyRotaIT {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @Autowired
    DutyRota rota;
    @Autowired
    Leaves leaves;
    @Autowired
    LeaveDecisions decisions;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MockMvc mvc;

    long team;
    SignedInUser supervisor;
    SignedInUser a;
    SignedInUser b;
    SignedInUser c;

    @BeforeEach
    void setUp() {
        team = fixtures.department();
        supervisor = fixtures.user(team, Role.SUPERVISOR);
        fixtures.supervise(team, supervisor);
        a = fixtures.user(team, Role.AGENT);
        b = fixtures.user(team, Role.AGENT);
        c = fixtures.user(team, Role.AGENT);
    }

    @Test
    void workingDaysRotateAmongTheAgentsAndTheNextMonthContinues() {
        List<DutyDay> october = as(supervisor, () -> rota.generate(team, OCTOBER));

        assertThat(october).hasSize(18);
        assertThat(october.subList(0, 4)).extracting(DutyDay::day).containsExactly(LocalDate.of(2026, 10, 8),
                LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 12));
        assertThat(october.subList(0, 4)).extracting(DutyDay::userId).containsExactly(a.id(), b.id(), c.id(), a.id());
        assertThat(october).extracting(DutyDay::userId).doesNotContain(supervisor.id());
        assertThat(october.getLast().userId()).isEqualTo(c.id());

        List<DutyDay> november = as(supervisor, () -> rota.generate(team, OCTOBER.plusMonths(1)));

        assertThat(november.getFirst().day()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(november.getFirst().userId()).isEqualTo(a.id());
        assertThat(as(supervisor, () -> rota.generate(team, OCTOBER))).as("generated again: the same month")
                .isEqualTo(october);
        assertThat(as(a, () -> rota.month(team, OCTOBER))).hasSize(18);
    }

    @Test
    void whoeverIsOnApprovedLeaveIsSkippedAndTheTurnPassesOn() {
        YearMonth march = YearMonth.of(2027, 3); // 1 March 2027 is a Monday
        LeaveRequest away = as(a, () -> leaves.apply(new LeaveApplication(LeaveType.PERSONAL, "家中有事",
                new LeavePeriod(march.atDay(4), HalfDay.PM, march.atDay(4), HalfDay.PM), false, null)));
        as(supervisor, () -> decisions.decide(away.getId(), true, null, away.getVersion()));

        List<DutyDay> days = as(supervisor, () -> rota.generate(team, march));

        assertThat(days.subList(0, 6)).extracting(DutyDay::day).containsExactly(march.atDay(1), march.atDay(2),
                march.atDay(3), march.atDay(4), march.atDay(5), march.atDay(8));
        assertThat(days.subList(0, 6)).extracting(DutyDay::userId).as("a is away on the afternoon of the 4th")
                .containsExactly(a.id(), b.id(), c.id(), b.id(), c.id(), a.id());
    }

    @Test
    void onlyTheTeamsSupervisorGeneratesAndATeamWithoutAgentsIsRefused() {
        SignedInUser other = fixtures.user(fixtures.department(), Role.SUPERVISOR);
        assertThatThrownBy(() -> as(other, () -> rota.generate(team, OCTOBER))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(other, () -> rota.month(team, OCTOBER))).isInstanceOf(AccessDeniedException.class);
        long empty = fixtures.department();
        SignedInUser lead = fixtures.user(empty, Role.SUPERVISOR);
        assertThatThrownBy(() -> as(lead, () -> rota.generate(empty, OCTOBER)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("departmentId"));
    }

    @Test
    void todaysDutyIsShownToTheTeam() throws Exception {
        YearMonth now = YearMonth.now(ZoneId.of("Asia/Shanghai"));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        List<DutyDay> month = as(supervisor, () -> rota.generate(team, now));
        List<DutyDay> expected = month.stream().filter(d -> d.day().equals(today)).toList();

        assertThat(as(b, () -> rota.today())).isEqualTo(expected);
        String fragment = mvc.perform(get("/workforce/duty/today").with(Fixtures.as(b))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        if (expected.isEmpty()) {
            assertThat(fragment).doesNotContain("duty-today");
        } else {
            assertThat(fragment).contains("今日值日", expected.getFirst().person());
        }
        String page = mvc.perform(get("/workforce/duty").param("month", now.toString()).with(Fixtures.as(b)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-user=\"" + month.getFirst().userId() + "\"").doesNotContain("duty-generate");
        mvc.perform(post("/workforce/duty").with(Fixtures.as(supervisor)).with(csrf())
                .param("departmentId", String.valueOf(team)).param("month", now.toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/").with(Fixtures.as(b))).andExpect(status().isOk());
    }
}
