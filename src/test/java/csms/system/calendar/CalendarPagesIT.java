package csms.system.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.identity.SignedInUser;
import csms.shared.Role;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The calendar page: supervisors see the year, administrators add, change and remove days and set the hours. */
@IntegrationTest
class CalendarPagesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    BusinessCalendar calendar;
    @Autowired
    CalendarDays days;
    @Autowired
    WorkingHours workingHours;

    SignedInUser admin;

    @BeforeEach
    void administrator() {
        admin = fixtures.user(Role.ADMIN);
    }

    @AfterEach
    void restoreWorkingHours() {
        Fixtures.as(admin, () -> workingHours.change(WorkingTime.DEFAULT, workingHours.current().version()));
    }

    @Test
    void theYearIsListedByMonthWithNamesForSupervisorsWithoutTheForms() throws Exception {
        mvc.perform(get("/settings/calendar").param("year", "2026").with(Fixtures.as(fixtures.user(Role.SUPERVISOR))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"day-2026-10-01\"")))
                .andExpect(content().string(containsString("国庆节")))
                .andExpect(content().string(containsString("2026 年 10 月")))
                .andExpect(content().string(containsString("调休上班")))
                .andExpect(content().string(not(containsString("id=\"day-form\""))));
        mvc.perform(get("/settings/calendar").with(Fixtures.as(fixtures.user(Role.AGENT)))).andExpect(status().isForbidden());
        mvc.perform(post("/settings/calendar/days").with(Fixtures.as(fixtures.user(Role.DEPT_MANAGER))).with(csrf())
                .param("date", "2032-01-06").param("kind", "COMPANY_HOLIDAY").param("name", "x"))
                .andExpect(status().isForbidden());
        assertThat(days.find(LocalDate.parse("2032-01-06"))).isEmpty();
    }

    @Test
    void anAdministratorAddsEditsAndRemovesACompanyHoliday() throws Exception {
        LocalDate monday = LocalDate.parse("2032-01-05");
        mvc.perform(post("/settings/calendar/days").with(Fixtures.as(admin)).with(csrf()).param("year", "2032")
                .param("date", monday.toString()).param("kind", "COMPANY_HOLIDAY").param("name", "公司年会").param("version", ""))
                .andExpect(redirectedUrl("/settings/calendar?year=2032")).andExpect(flash().attribute("success", "calendar.day.saved"));
        assertThat(calendar.holidayName(monday)).contains("公司年会");
        assertThat(calendar.isPublicHoliday(monday)).isFalse();

        mvc.perform(get("/settings/calendar").param("edit", monday.toString()).with(Fixtures.as(admin)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"day-form\"")))
                .andExpect(content().string(containsString("value=\"公司年会\"")))
                .andExpect(content().string(containsString("readonly")));
        mvc.perform(post("/settings/calendar/days").with(Fixtures.as(admin)).with(csrf()).param("date", monday.toString())
                .param("kind", "COMPANY_HOLIDAY").param("name", "重复添加").param("version", ""))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("重复添加")));
        mvc.perform(post("/settings/calendar/days/{date}/delete", monday).with(Fixtures.as(admin)).with(csrf())
                .param("version", "0"))
                .andExpect(redirectedUrl("/settings/calendar?year=2032"));
        assertThat(days.find(monday)).isEmpty();
        assertThat(calendar.isWorkingDay(monday)).isTrue();
    }

    @Test
    void aBadDayIsShownAgainWithTheInputAndTheProblem() throws Exception {
        mvc.perform(post("/settings/calendar/days").with(Fixtures.as(admin)).with(csrf()).param("year", "2032")
                .param("date", "2032-02-30").param("kind", "COMPANY_HOLIDAY").param("name", "保留的名称"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("dayForm", "date"))
                .andExpect(content().string(containsString("保留的名称")));
        mvc.perform(post("/settings/calendar/days").with(Fixtures.as(admin)).with(csrf())
                .param("date", "2032-02-03").param("kind", "WORKING_DAY").param("name", ""))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("dayForm", "name"));
        assertThat(days.find(LocalDate.parse("2032-02-03"))).isEmpty();
    }

    @Test
    void anAdministratorSetsTheWorkingHoursAndBadHoursAreShownAgain() throws Exception {
        long version = workingHours.current().version();
        mvc.perform(post("/settings/calendar/hours").with(Fixtures.as(admin)).with(csrf()).param("year", "2026")
                .param("workingDays", "MONDAY", "TUESDAY", "SATURDAY").param("starts", "08:30", "", "13:00")
                .param("ends", "12:00", "", "17:30").param("version", String.valueOf(version)))
                .andExpect(redirectedUrl("/settings/calendar?year=2026"));
        WorkingTime saved = workingHours.current().time();
        assertThat(saved.workingDaysInOrder()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.SATURDAY);
        assertThat(saved.storedPeriods()).isEqualTo("08:30-12:00,13:00-17:30");
        assertThat(calendar.isWorkingDay(LocalDate.parse("2032-01-07"))).as("a Wednesday").isFalse();

        mvc.perform(post("/settings/calendar/hours").with(Fixtures.as(admin)).with(csrf())
                .param("workingDays", "MONDAY").param("starts", "08:45", "11:00").param("ends", "12:00", "14:00")
                .param("version", String.valueOf(version + 1)))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("hoursForm", "starts"))
                .andExpect(content().string(containsString("value=\"08:45\"")));
        mvc.perform(post("/settings/calendar/hours").with(Fixtures.as(admin)).with(csrf())
                .param("workingDays", "MONDAY").param("starts", "09:00").param("ends", "17:00")
                .param("version", String.valueOf(version)))
                .andExpect(status().isConflict());
        assertThat(workingHours.current().time().storedPeriods()).isEqualTo("08:30-12:00,13:00-17:30");
    }
}
