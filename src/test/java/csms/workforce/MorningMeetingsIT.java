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
import csms.shared.Role;
import csms.shared.RuleViolation;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** Morning meeting minutes (WFM-4): the supervisor records the team's meeting with who was present and absent. */
@IntegrationTest
class MorningMeetingsIT {

    static final LocalDate DAY = LocalDate.of(2026, 11, 18);

    @Autowired
    MorningMeetings meetings;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MockMvc mvc;

    long team;
    SignedInUser supervisor;
    SignedInUser agent;
    SignedInUser late;

    @BeforeEach
    void setUp() {
        team = fixtures.department();
        supervisor = fixtures.user(team, Role.SUPERVISOR);
        fixtures.supervise(team, supervisor);
        agent = fixtures.user(team, Role.AGENT);
        late = fixtures.user(team, Role.AGENT);
    }

    @Test
    void theMeetingIsRecordedWithWhoWasPresentAndWhoWasAbsent() {
        MorningMeeting m = as(supervisor, () -> meetings.record(new MeetingMinutes(team, DAY, "系统卡顿", "回访 20 个",
                null, "投诉处理话术", Set.of(supervisor.id(), agent.id())), null));

        assertThat(m.getAttendance()).containsEntry(agent.id(), true).containsEntry(late.id(), false);
        MeetingView view = as(agent, () -> meetings.month(team, YearMonth.from(DAY))).getFirst();
        assertThat(view.absent()).containsExactly(late.displayName());
        assertThat(view.present()).contains(agent.displayName());
        assertThat(view.training()).isEqualTo("投诉处理话术");

        assertThatThrownBy(() -> as(supervisor, () -> meetings.record(new MeetingMinutes(team, DAY, null, null, null,
                null, Set.of()), null))).isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.field()).isEqualTo("version"));
        assertThatThrownBy(() -> as(supervisor, () -> meetings.record(new MeetingMinutes(team, DAY, null, null, null,
                null, Set.of()), m.getVersion() + 1))).isInstanceOf(ConflictException.class);
        MorningMeeting changed = as(supervisor, () -> meetings.record(new MeetingMinutes(team, DAY, "系统卡顿",
                "回访 20 个", null, null, Set.of(agent.id(), late.id())), m.getVersion()));
        assertThat(changed.getAttendance()).containsEntry(late.id(), true).containsEntry(supervisor.id(), false);
    }

    @Test
    void onlyTheTeamsSupervisorRecordsAndOnlyMembersCanBePresent() {
        SignedInUser outsider = fixtures.user(fixtures.department(), Role.SUPERVISOR);
        assertThatThrownBy(() -> as(outsider, () -> meetings.record(new MeetingMinutes(team, DAY, null, null, null,
                null, Set.of()), null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(outsider, () -> meetings.month(team, YearMonth.from(DAY))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(supervisor, () -> meetings.record(new MeetingMinutes(team, DAY, null, null, null,
                null, Set.of(outsider.id())), null))).isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.field()).isEqualTo("present"));
    }

    @Test
    void thePageShowsTheMonthsMeetingsAndTheSupervisorRecordsOneThere() throws Exception {
        mvc.perform(post("/workforce/meetings").with(Fixtures.as(supervisor)).with(csrf())
                .param("departmentId", String.valueOf(team)).param("day", DAY.toString())
                .param("plan", "今日计划内容").param("present", String.valueOf(agent.id())))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/workforce/meetings").param("month", "2026-11")
                .param("departmentId", String.valueOf(team)).with(Fixtures.as(agent)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("今日计划内容", "缺席:").doesNotContain("meeting-form");
        long id = as(supervisor, () -> meetings.month(team, YearMonth.from(DAY))).getFirst().id();
        String edit = mvc.perform(get("/workforce/meetings").param("month", "2026-11")
                .param("departmentId", String.valueOf(team)).param("edit", String.valueOf(id))
                .with(Fixtures.as(supervisor))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(edit).contains("meeting-form", "name=\"version\"");
    }
}
