package csms.workforce;

import static csms.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.identity.SignedInUser;
import csms.identity.TeamChanged;
import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import csms.identity.UserChanges;
import csms.shared.Role;
import csms.system.calendar.BusinessCalendar;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dated team history behind the pro-rata commission (PAY-3): a move on day D ends the old team on D − 1, leaving
 * ends it on D, a move on the day of joining counts the day for the new team, and the days of a month are counted
 * per team in the organisation's time zone (Asia/Shanghai: 2026-03-10T17:00Z is already the 11th).
 */
@IntegrationTest
class TeamHistoryIT {

    static final YearMonth MARCH = YearMonth.of(2026, 3);

    @Autowired
    TeamHistory history;
    @Autowired
    UserAccounts accounts;
    @Autowired
    BusinessCalendar calendar;
    @Autowired
    Rosters rosters;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MockMvc mvc;

    @Test
    void aMoveDuringTheMonthSplitsItsDaysBetweenTheTeamsAndLeavingEndsThem() {
        long a = fixtures.department();
        long b = fixtures.department();
        SignedInUser agent = fixtures.user(Role.AGENT); // no team: no history yet
        history.on(new TeamChanged(agent.id(), a, Instant.parse("2026-02-20T02:00:00Z")));
        history.on(new TeamChanged(agent.id(), b, Instant.parse("2026-03-10T17:00:00Z"))); // the 11th in Shanghai
        history.on(new TeamChanged(agent.id(), null, Instant.parse("2026-03-25T09:00:00Z")));

        assertThat(history.daysInTeams(MARCH, List.of(agent.id()))).containsExactly(
                Map.entry(agent.id(), Map.of(a, 10, b, 15)));
        assertThat(history.daysInTeams(YearMonth.of(2026, 2), List.of(agent.id())).get(agent.id()))
                .isEqualTo(Map.of(a, 9));
        assertThat(history.daysInTeams(YearMonth.of(2026, 4), List.of(agent.id()))).isEmpty();
        assertThat(history.daysInTeams(MARCH, null)).containsEntry(agent.id(), Map.of(a, 10, b, 15));
        assertThat(rosters.month(agent.id(), MARCH).daysInTeam()).isEqualTo(25);
    }

    @Test
    void theSameTeamAgainChangesNothingAndAMoveOnTheDayOfJoiningCountsTheDayForTheNewTeam() {
        long a = fixtures.department();
        long b = fixtures.department();
        SignedInUser agent = fixtures.user(Role.AGENT);
        history.on(new TeamChanged(agent.id(), a, Instant.parse("2026-03-05T01:00:00Z")));
        history.on(new TeamChanged(agent.id(), a, Instant.parse("2026-03-08T01:00:00Z")));
        history.on(new TeamChanged(agent.id(), b, Instant.parse("2026-03-05T08:00:00Z")));

        assertThat(history.daysInTeams(MARCH, List.of(agent.id())).get(agent.id())).isEqualTo(Map.of(b, 27));
    }

    @Test
    void creatingMovingDisablingAndEnablingAUserKeepTheHistory() {
        long a = fixtures.department();
        long b = fixtures.department();
        SignedInUser admin = fixtures.user(Role.ADMIN);
        SignedInUser agent = fixtures.user(a, Role.AGENT);
        YearMonth month = YearMonth.now(calendar.zone());
        int rest = (int) (month.atEndOfMonth().toEpochDay() - LocalDate.now(calendar.zone()).toEpochDay()) + 1;
        assertThat(history.daysInTeams(month, List.of(agent.id())).get(agent.id()))
                .as("a member from the day the account was created").isEqualTo(Map.of(a, rest));

        UserAccount account = accounts.get(agent.id());
        as(admin, () -> accounts.update(agent.id(), new UserChanges(account.getDisplayName(),
                account.getAgentNumber(), b, null, EnumSet.of(Role.AGENT), account.getVersion())));
        assertThat(history.daysInTeams(month, List.of(agent.id())).get(agent.id()))
                .as("moved on the day of joining").isEqualTo(Map.of(b, rest));

        as(admin, () -> {
            accounts.disable(agent.id(), admin.id());
            return null;
        });
        assertThat(history.daysInTeams(month.plusMonths(1), List.of(agent.id()))).as("left").isEmpty();
        assertThat(history.daysInTeams(month, List.of(agent.id())).get(agent.id())).as("today still counts")
                .isEqualTo(Map.of(b, 1));

        as(admin, () -> {
            accounts.enable(agent.id());
            return null;
        });
        assertThat(history.daysInTeams(month.plusMonths(1), List.of(agent.id())).get(agent.id()))
                .as("back in the team").isEqualTo(Map.of(b, month.plusMonths(1).lengthOfMonth()));
        assertThat(history.daysInTeams(month, List.of(agent.id())).get(agent.id())).isEqualTo(Map.of(b, rest));
    }

    @Test
    void aTransferEnteredLateCountsFromItsDateButNeverFromTheFutureNorBeforeTheCurrentTeam() throws Exception {
        long a = fixtures.department();
        long b = fixtures.department();
        SignedInUser admin = fixtures.user(Role.ADMIN);
        SignedInUser agent = fixtures.user(Role.AGENT);
        history.on(new TeamChanged(agent.id(), a, Instant.parse("2026-03-01T01:00:00Z")));
        LocalDate today = LocalDate.now(calendar.zone());

        mvc.perform(post("/admin/users/" + agent.id()).with(Fixtures.as(admin)).with(csrf())
                .param("displayName", agent.displayName()).param("roles", "AGENT").param("departmentId",
                        String.valueOf(b)).param("version", "0").param("teamFrom", today.plusDays(1).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("调入日期不能晚于今天")));
        assertThat(accounts.get(agent.id()).getDepartmentId()).as("nothing saved").isNull();
        mvc.perform(post("/admin/users/" + agent.id()).with(Fixtures.as(admin)).with(csrf())
                .param("displayName", agent.displayName()).param("roles", "AGENT").param("departmentId",
                        String.valueOf(b)).param("version", "0").param("teamFrom", "2026-02-27"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2026-03-01")));

        mvc.perform(post("/admin/users/" + agent.id()).with(Fixtures.as(admin)).with(csrf())
                .param("displayName", agent.displayName()).param("roles", "AGENT").param("departmentId",
                        String.valueOf(b)).param("version", "0").param("teamFrom", "2026-03-11"))
                .andExpect(redirectedUrl("/admin/users/" + agent.id()));

        assertThat(accounts.get(agent.id()).getDepartmentId()).isEqualTo(b);
        assertThat(history.daysInTeams(MARCH, List.of(agent.id())).get(agent.id())).isEqualTo(Map.of(a, 10, b, 21));
    }

    @Test
    void hrCorrectsTheLatestTransferDateAndTheStintBeforeFollows() throws Exception {
        long a = fixtures.department();
        long b = fixtures.department();
        SignedInUser hr = fixtures.user(Role.HR);
        SignedInUser agent = fixtures.user(Role.AGENT);
        history.on(new TeamChanged(agent.id(), a, Instant.parse("2026-03-01T01:00:00Z")));
        history.on(new TeamChanged(agent.id(), b, Instant.parse("2026-03-20T01:00:00Z")));

        String page = mvc.perform(get("/workforce/team-history").param("userId", String.valueOf(agent.id()))
                .with(Fixtures.as(hr))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("2026-03-20", "2026-03-19", "至今");
        mvc.perform(post("/workforce/team-history").with(Fixtures.as(hr)).with(csrf())
                .param("userId", String.valueOf(agent.id())).param("firstDay", "2026-03-01"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("value=\"2026-03-01\"")));
        mvc.perform(post("/workforce/team-history").with(Fixtures.as(hr)).with(csrf())
                .param("userId", String.valueOf(agent.id())).param("firstDay", "x")).andExpect(status().isBadRequest());
        mvc.perform(post("/workforce/team-history").with(Fixtures.as(agent)).with(csrf())
                .param("userId", String.valueOf(agent.id())).param("firstDay", "2026-03-11"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/workforce/team-history").with(Fixtures.as(hr)).with(csrf())
                .param("userId", String.valueOf(agent.id())).param("firstDay", "2026-03-11"))
                .andExpect(redirectedUrl("/workforce/team-history?userId=" + agent.id()));

        assertThat(history.daysInTeams(MARCH, List.of(agent.id())).get(agent.id())).isEqualTo(Map.of(a, 10, b, 21));
        assertThat(as(hr, () -> history.of(agent.id()))).extracting(TeamHistory.Stint::firstDay)
                .containsExactly(LocalDate.of(2026, 3, 11), LocalDate.of(2026, 3, 1));
    }

    @Test
    void aCorrectionNeverMakesStintsOverlap() {
        long a = fixtures.department();
        long b = fixtures.department();
        SignedInUser hr = fixtures.user(Role.HR);
        SignedInUser agent = fixtures.user(Role.AGENT);
        history.on(new TeamChanged(agent.id(), a, Instant.parse("2026-01-01T01:00:00Z")));
        history.on(new TeamChanged(agent.id(), null, Instant.parse("2026-01-10T01:00:00Z"))); // left on the 10th
        history.on(new TeamChanged(agent.id(), b, Instant.parse("2026-02-01T01:00:00Z"))); // back a month later

        assertThatThrownBy(() -> as(hr, () -> {
            history.correctFirstDay(agent.id(), LocalDate.of(2026, 1, 5));
            return null;
        })).isInstanceOfSatisfying(csms.shared.RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("team.history.too-early"));
        as(hr, () -> {
            history.correctFirstDay(agent.id(), LocalDate.of(2026, 1, 20));
            return null;
        });
        assertThat(history.daysInTeams(YearMonth.of(2026, 1), List.of(agent.id())).get(agent.id()))
                .isEqualTo(Map.of(a, 10, b, 12));
    }
}
