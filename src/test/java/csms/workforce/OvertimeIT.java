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
import csms.shared.PageQuery;
import csms.shared.Role;
import csms.shared.RuleViolation;
import csms.system.calendar.BusinessCalendar;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Overtime (WFM-6): half-hour steps, the supervisor's entry counts at once, an employee's own waits for approval,
 * a statutory holiday from the business calendar counts as a day of holiday duty and not as hours, and the month's
 * totals for pay.
 */
@IntegrationTest
class OvertimeIT {

    static final LocalDate NATIONAL_DAY = LocalDate.of(2026, 10, 1);
    static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @Autowired
    Overtime overtime;
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
    void threeAndAHalfHoursAndFourHoursAreTotalledAsEntered() {
        SignedInUser other = fixtures.user(team, Role.AGENT);
        enter(agent, OCTOBER.atDay(12), "1.5");
        enter(agent, OCTOBER.atDay(13), "2");
        enter(other, OCTOBER.atDay(12), "2.5");
        enter(other, OCTOBER.atDay(14), "1.5");

        assertThat(overtime.month(agent.id(), OCTOBER).hours()).isEqualByComparingTo("3.5");
        assertThat(overtime.month(other.id(), OCTOBER).hours()).isEqualByComparingTo("4");
        assertThat(overtime.month(other.id(), OCTOBER.plusMonths(1)).hours()).isEqualByComparingTo("0");
    }

    @Test
    void aStatutoryHolidayFromTheCalendarIsADayOfHolidayDutyNotHours() {
        assertThat(calendar.isPublicHoliday(NATIONAL_DAY)).as("holidays-cn 2026").isTrue();
        enter(agent, NATIONAL_DAY, "8");
        enter(agent, OCTOBER.atDay(10), "3");

        OvertimeMonth month = overtime.month(agent.id(), OCTOBER);

        assertThat(month.holidayDutyDays()).containsExactly(NATIONAL_DAY);
        assertThat(month.holidayDutyDayCount()).isEqualTo(1);
        assertThat(month.hours()).as("2026-10-10 is a make-up working day 调休").isEqualByComparingTo("3");
        assertThat(as(supervisor, () -> overtime.list(new StaffFilter(OCTOBER, team, agent.id()), null,
                PageQuery.of(0, 20, "day"))).getContent()).extracting(OvertimeLine::holiday).containsExactly(true, false);
    }

    @Test
    void anEmployeesOwnEntryCountsOnlyOnceTheSupervisorApprovesIt() {
        OvertimeEntry own = as(agent, () -> overtime.enter(new OvertimeRequest(agent.id(), OCTOBER.atDay(20),
                new BigDecimal("2.5"), "月底报表")));
        assertThat(own.getStatus()).isEqualTo(OvertimeStatus.PENDING);
        assertThat(overtime.month(agent.id(), OCTOBER).hours()).isEqualByComparingTo("0");
        assertThatThrownBy(() -> as(agent, () -> overtime.decide(own.getId(), true, own.getVersion())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(supervisor, () -> overtime.decide(own.getId(), true, own.getVersion() + 1)))
                .isInstanceOf(ConflictException.class);

        OvertimeEntry approved = as(supervisor, () -> overtime.decide(own.getId(), true, own.getVersion()));

        assertThat(approved.getStatus()).isEqualTo(OvertimeStatus.APPROVED);
        assertThat(overtime.month(agent.id(), OCTOBER).hours()).isEqualByComparingTo("2.5");
        assertThatThrownBy(() -> as(supervisor, () -> overtime.decide(own.getId(), false, approved.getVersion())))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void hoursComeInHalfHoursAndADayOnce() {
        for (String bad : new String[] { "0", "1.25", "-1", "24.5" }) {
            assertThatThrownBy(() -> enter(agent, OCTOBER.atDay(21), bad))
                    .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("hours"));
        }
        enter(agent, OCTOBER.atDay(21), "1");
        assertThatThrownBy(() -> enter(agent, OCTOBER.atDay(21), "1"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("day"));
        SignedInUser outsider = fixtures.user(fixtures.department(), Role.AGENT);
        assertThatThrownBy(() -> enter(outsider, OCTOBER.atDay(21), "1")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(agent, () -> overtime.enter(new OvertimeRequest(outsider.id(), OCTOBER.atDay(21),
                BigDecimal.ONE, null)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void thePageMarksHolidayDutyAndTheSupervisorApprovesThere() throws Exception {
        OvertimeEntry own = as(agent, () -> overtime.enter(new OvertimeRequest(agent.id(), NATIONAL_DAY,
                new BigDecimal("4"), null)));

        String page = mvc.perform(get("/workforce/overtime").param("month", OCTOBER.toString())
                .with(Fixtures.as(supervisor))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("data-entry=\"" + own.getId() + "\"", "法定节假日值班(国庆节", "批准");
        mvc.perform(post("/workforce/overtime/" + own.getId() + "/decision").with(Fixtures.as(supervisor)).with(csrf())
                .param("approve", "true").param("version", String.valueOf(own.getVersion()))
                .param("month", OCTOBER.toString())).andExpect(redirectedUrl("/workforce/overtime?month=2026-10"));
        assertThat(overtime.month(agent.id(), OCTOBER).holidayDutyDayCount()).isEqualTo(1);
        String agentsPage = mvc.perform(get("/workforce/overtime").param("month", OCTOBER.toString())
                .with(Fixtures.as(agent))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(agentsPage).contains("已批准").doesNotContain("/decision");
        mvc.perform(post("/workforce/overtime").with(Fixtures.as(agent)).with(csrf())
                .param("userId", String.valueOf(agent.id())).param("day", OCTOBER.atDay(22).toString())
                .param("hours", "0.7")).andExpect(status().isUnprocessableContent());
    }

    private OvertimeEntry enter(SignedInUser who, LocalDate day, String hours) {
        return as(supervisor, () -> overtime.enter(new OvertimeRequest(who.id(), day, new BigDecimal(hours), null)));
    }
}
