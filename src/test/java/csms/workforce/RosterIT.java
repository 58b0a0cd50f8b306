package csms.workforce;

import static csms.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.identity.SignedInUser;
import csms.shared.ConflictException;
import csms.shared.Role;
import csms.shared.RuleViolation;
import csms.system.calendar.BusinessCalendar;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Shifts and the monthly roster (WFM-5): seeded types with their classes, supervisors edit them, the grid saved with
 * optimistic locking, no shift on a day of approved leave, copy last month, one's own shifts, the month for pay.
 */
@IntegrationTest
class RosterIT {

    @Autowired
    Rosters rosters;
    @Autowired
    ShiftTypes shiftTypes;
    @Autowired
    Leaves leaves;
    @Autowired
    LeaveDecisions decisions;
    @Autowired
    BusinessCalendar calendar;
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
    void theSeededShiftsAreDayNightAndLateNightAndASupervisorAddsOneClassifiedByItsEnd() {
        assertThat(shiftTypes.all()).extracting(ShiftType::getName, ShiftType::shiftClass)
                .contains(org.assertj.core.groups.Tuple.tuple("白班", ShiftClass.DAY),
                        org.assertj.core.groups.Tuple.tuple("夜班", ShiftClass.NIGHT),
                        org.assertj.core.groups.Tuple.tuple("深夜班", ShiftClass.LATE_NIGHT));
        String name = "晚班" + System.nanoTime() % 100000;
        ShiftType late = as(supervisor, () -> shiftTypes.create(name, LocalTime.of(22, 0), LocalTime.of(2, 30)));
        assertThat(late.shiftClass()).isEqualTo(ShiftClass.LATE_NIGHT);
        ShiftType night = as(supervisor, () -> shiftTypes.update(late.getId(), name, LocalTime.of(18, 0),
                LocalTime.of(2, 0), true, late.getVersion()));
        assertThat(night.shiftClass()).isEqualTo(ShiftClass.NIGHT);
        assertThatThrownBy(() -> as(supervisor, () -> shiftTypes.update(late.getId(), name, LocalTime.of(9, 0),
                LocalTime.of(18, 0), true, late.getVersion()))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> as(agent, () -> shiftTypes.create("x", LocalTime.NOON, LocalTime.MIDNIGHT)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRosterIsSavedAgainstItsVersionCopiedFromLastMonthAndCountedForPay() {
        YearMonth month = rosters.currentMonth().plusMonths(3);
        ShiftType day = byName("白班");
        ShiftType night = byName("夜班");
        ShiftType lateNight = byName("深夜班");
        Map<Long, Map<LocalDate, Long>> cells = Map.of(agent.id(), Map.of(month.atDay(1), day.getId(),
                month.atDay(2), night.getId(), month.atDay(3), lateNight.getId(), month.atDay(4), lateNight.getId()));
        Roster saved = as(supervisor, () -> rosters.save(team, month, cells, null));

        assertThat(as(supervisor, () -> rosters.grid(team, month, false)).cell(agent.id(), month.atDay(2)))
                .isEqualTo(night.getId());
        assertThatThrownBy(() -> as(supervisor, () -> rosters.save(team, month, cells, saved.getVersion() + 1)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> as(supervisor, () -> rosters.save(team, month, cells, null)))
                .as("a second first save").isInstanceOf(ConflictException.class);
        as(supervisor, () -> rosters.save(team, month, cells, saved.getVersion()));

        ShiftMonth pay = rosters.month(agent.id(), month);
        assertThat(pay.dayShifts()).isEqualTo(1);
        assertThat(pay.nightShifts()).isEqualTo(1);
        assertThat(pay.lateNightShifts()).isEqualTo(2);
        assertThat(pay.daysInMonth()).isEqualTo(month.lengthOfMonth());
        assertThat(pay.daysInTeam()).isEqualTo(month.lengthOfMonth()).as("the account exists before the month");

        RosterGrid copy = as(supervisor, () -> rosters.grid(team, month.plusMonths(1), true));
        assertThat(copy.version()).isNull();
        assertThat(copy.cell(agent.id(), month.plusMonths(1).atDay(3))).isEqualTo(lateNight.getId());
        Map<LocalDate, ShiftType> mine = as(agent, () -> rosters.mine(month));
        assertThat(mine).hasSize(4);
        assertThat(mine.get(month.atDay(1)).getName()).isEqualTo("白班");

        SignedInUser otherSupervisor = fixtures.user(fixtures.department(), Role.SUPERVISOR);
        assertThatThrownBy(() -> as(otherSupervisor, () -> rosters.save(team, month.plusMonths(2), cells, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPersonWithApprovedLeaveOnADayCannotBeRosteredThatDay() throws Exception {
        LocalDate d = leaves.today().plusDays(20);
        while (!calendar.isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        LocalDate leaveDay = d;
        LeaveRequest l = as(agent, () -> leaves.apply(new LeaveApplication(LeaveType.ANNUAL, "休假",
                new LeavePeriod(leaveDay, HalfDay.AM, leaveDay, HalfDay.PM), false, null)));
        as(supervisor, () -> decisions.decide(l.getId(), true, null, l.getVersion()));
        YearMonth month = YearMonth.from(leaveDay);
        long day = byName("白班").getId();

        assertThatThrownBy(() -> as(supervisor, () -> rosters.save(team, month,
                Map.of(agent.id(), Map.of(leaveDay, day)), null))).isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("roster.on-leave"));
        assertThat(as(supervisor, () -> rosters.grid(team, month, false)).onLeave(agent.id(), leaveDay)).isTrue();

        String page = mvc.perform(post("/roster").with(Fixtures.as(supervisor)).with(csrf())
                .param("department", String.valueOf(team)).param("month", month.toString())
                .param("c_" + agent.id() + "_" + leaveDay, String.valueOf(day)))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(agent.displayName() + " 在 " + leaveDay + " 已获准请假,当天不能排班。");
        assertThat(page).containsPattern("data-day=\"" + leaveDay + "\"\\s+data-leave=\"true\"");

        LocalDate other = leaveDay.getDayOfMonth() == 1 ? leaveDay.plusDays(1) : leaveDay.minusDays(1);
        mvc.perform(post("/roster").with(Fixtures.as(supervisor)).with(csrf())
                .param("department", String.valueOf(team)).param("month", month.toString())
                .param("c_" + agent.id() + "_" + other, String.valueOf(day)))
                .andExpect(redirectedUrl("/roster?department=" + team + "&month=" + month));
        assertThat(mvc.perform(get("/roster/mine").param("month", month.toString()).with(Fixtures.as(agent)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("data-day=\"" + other + "\"", "白班");
        assertThat(rosters.month(agent.id(), month).leaveDays()).isEqualByComparingTo("1.0");
        mvc.perform(get("/roster").with(Fixtures.as(agent))).andExpect(status().isForbidden());
        mvc.perform(get("/roster/shifts").with(Fixtures.as(supervisor))).andExpect(status().isOk());
    }

    @Test
    void theGridPageNamesItsCellsByTheIsoDayTheSaveReads() throws Exception {
        YearMonth month = rosters.currentMonth().plusMonths(1);
        long day = byName("白班").getId();
        String cell = "c_" + agent.id() + "_" + month.atDay(1); // c_<user>_2026-12-01, never the locale's 2026/12/1

        String grid = mvc.perform(get("/roster").param("department", String.valueOf(team))
                .param("month", month.toString()).locale(java.util.Locale.SIMPLIFIED_CHINESE)
                .with(Fixtures.as(supervisor))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(grid).contains("name=\"" + cell + "\"");
        mvc.perform(post("/roster").with(Fixtures.as(supervisor)).with(csrf())
                .param("department", String.valueOf(team)).param("month", month.toString())
                .param(cell, String.valueOf(day)))
                .andExpect(redirectedUrl("/roster?department=" + team + "&month=" + month));
        assertThat(rosters.month(agent.id(), month).dayShifts()).isEqualTo(1);
    }

    private ShiftType byName(String name) {
        return shiftTypes.all().stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
    }
}
