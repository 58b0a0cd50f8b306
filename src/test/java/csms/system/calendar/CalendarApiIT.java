package csms.system.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.audit.AuditQuery;
import csms.audit.AuditTrail;
import csms.identity.SignedInUser;
import csms.shared.Role;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The calendar over REST: the bundled holidays, edits by administrators, deadlines for everyone signed in. */
@IntegrationTest
class CalendarApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    BusinessCalendar calendar;
    @Autowired
    WorkingHours workingHours;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;

    SignedInUser admin;
    SignedInUser agent;

    @BeforeEach
    void users() {
        admin = fixtures.user(Role.ADMIN);
        agent = fixtures.user(Role.AGENT);
    }

    /** The working hours are shared by every test of this context: put them back. */
    @AfterEach
    void restoreWorkingHours() {
        Fixtures.as(admin, () -> workingHours.change(WorkingTime.DEFAULT, workingHours.current().version()));
    }

    @Test
    void theBundledPublicHolidaysAreTheDefaultCalendar() throws Exception {
        mvc.perform(get("/api/v1/calendar/days?year=2026").with(Fixtures.as(agent)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.date == '2026-10-01')].kind").value("PUBLIC_HOLIDAY"))
                .andExpect(jsonPath("$[?(@.date == '2026-10-01')].name").value("国庆节"))
                .andExpect(jsonPath("$[?(@.date == '2026-10-01')].statutory").value(true))
                .andExpect(jsonPath("$[?(@.date == '2026-10-10')].offDay").value(false))
                .andExpect(jsonPath("$[?(@.date == '2026-10-10')].source").value("DEFAULT"));
        assertThat(jdbc.sql("select calendar_year from calendar_default_year order by calendar_year")
                .query(Integer.class).list()).contains(2022, 2023, 2024, 2025, 2026);
        assertThat(calendar.isPublicHoliday(LocalDate.parse("2024-02-10"))).as("Spring Festival 2024").isTrue();
        assertThat(calendar.holidayName(LocalDate.parse("2025-10-01"))).contains("国庆节、中秋节");
    }

    @Test
    void anAdministratorAddsChangesAndRemovesADayAndTheCalendarFollowsAtOnce() throws Exception {
        LocalDate tuesday = LocalDate.parse("2031-05-06");
        assertThat(calendar.isWorkingDay(tuesday)).isTrue();
        mvc.perform(json(put("/api/v1/calendar/days/" + tuesday), admin, "{\"kind\":\"COMPANY_HOLIDAY\",\"name\":\"公司庆典\"}"))
                .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.source").value("EDITED")).andExpect(jsonPath("$.statutory").value(false));
        assertThat(calendar.isWorkingDay(tuesday)).isFalse();
        assertThat(calendar.isPublicHoliday(tuesday)).isFalse();

        mvc.perform(json(put("/api/v1/calendar/days/" + tuesday), admin, "{\"kind\":\"PUBLIC_HOLIDAY\",\"name\":\"新节日\"}"))
                .andExpect(status().isConflict());
        mvc.perform(json(put("/api/v1/calendar/days/" + tuesday), admin, "{\"kind\":\"PUBLIC_HOLIDAY\",\"name\":\"新节日\"}")
                .header("If-Match", "\"0\"")).andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
        assertThat(calendar.isPublicHoliday(tuesday)).isTrue();
        assertThat(calendar.holidayName(tuesday)).contains("新节日");

        mvc.perform(delete("/api/v1/calendar/days/" + tuesday).with(Fixtures.as(admin)).header("If-Match", "\"0\""))
                .andExpect(status().isConflict());
        mvc.perform(delete("/api/v1/calendar/days/" + tuesday).with(Fixtures.as(admin)).header("If-Match", "\"1\""))
                .andExpect(status().isNoContent());
        assertThat(calendar.isWorkingDay(tuesday)).isTrue();
        mvc.perform(delete("/api/v1/calendar/days/" + tuesday).with(Fixtures.as(admin))).andExpect(status().isNotFound());

        for (String action : new String[] { "calendar-day.added", "calendar-day.changed", "calendar-day.removed" }) {
            assertThat(audit.find(new AuditQuery(admin.getUsername(), action, "CalendarDay", tuesday.toString(), null,
                    null), PageRequest.of(0, 5)).getContent()).as(action).hasSize(1);
        }
    }

    @Test
    void everyoneSignedInReadsTheCalendarButOnlyAdministratorsChangeIt() throws Exception {
        SignedInUser hr = fixtures.user(Role.HR);
        mvc.perform(get("/api/v1/calendar/days").with(Fixtures.as(hr))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/calendar/hours").with(Fixtures.as(agent))).andExpect(status().isOk())
                .andExpect(jsonPath("$.workingDays[0]").value("MONDAY"))
                .andExpect(jsonPath("$.periods[1].start").value("13:30"));
        mvc.perform(json(put("/api/v1/calendar/days/2031-05-07"), agent, "{\"kind\":\"COMPANY_HOLIDAY\",\"name\":\"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/calendar/days/2026-10-01").with(Fixtures.as(agent))).andExpect(status().isForbidden());
        mvc.perform(json(put("/api/v1/calendar/hours"), fixtures.user(Role.DEPT_MANAGER),
                "{\"workingDays\":[\"MONDAY\"],\"periods\":[{\"start\":\"09:00\",\"end\":\"17:00\"}],\"version\":0}"))
                .andExpect(status().isForbidden());
        assertThat(calendar.isPublicHoliday(LocalDate.parse("2026-10-01"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2031-05-07"))).isTrue();
    }

    @Test
    void theDeadlineOfTwoBusinessHoursBeforeNationalDayFallsAfterIt() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadline").param("from", "2026-09-30T17:00:00+08:00").param("hours", "2")
                .with(Fixtures.as(agent)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadline").value("2026-10-08T02:00:00Z"))
                .andExpect(jsonPath("$.deadlineLocal").value("2026-10-08T10:00:00+08:00"))
                .andExpect(jsonPath("$.zone").value("Asia/Shanghai"));
        mvc.perform(get("/api/v1/calendar/deadline").param("from", "2026-10-02T09:00").param("hours", "0")
                .with(Fixtures.as(agent)))
                .andExpect(jsonPath("$.deadline").value("2026-10-08T01:00:00Z"));
    }

    @Test
    void badInputIsRefusedOnItsField() throws Exception {
        expectRefusedOn(json(put("/api/v1/calendar/days/2031-13-01"), admin, "{\"kind\":\"COMPANY_HOLIDAY\",\"name\":\"x\"}"), "date");
        expectRefusedOn(json(put("/api/v1/calendar/days/2031-05-08"), admin, "{\"kind\":\"HOLIDAY\",\"name\":\"x\"}"), "kind");
        expectRefusedOn(json(put("/api/v1/calendar/days/2031-05-08"), admin, "{\"kind\":\"COMPANY_HOLIDAY\",\"name\":\" \"}"), "name");
        expectRefusedOn(json(put("/api/v1/calendar/days/1899-05-08"), admin, "{\"kind\":\"COMPANY_HOLIDAY\",\"name\":\"x\"}"), "date");
        long version = workingHours.current().version();
        expectRefusedOn(json(put("/api/v1/calendar/hours"), admin, "{\"workingDays\":[\"MONDAY\"],\"periods\":[{\"start\":\"09:00\","
                + "\"end\":\"12:30\"},{\"start\":\"12:00\",\"end\":\"18:00\"}],\"version\":" + version + "}"), "periods");
        expectRefusedOn(json(put("/api/v1/calendar/hours"), admin, "{\"workingDays\":[],\"periods\":[{\"start\":\"09:00\","
                + "\"end\":\"12:00\"}],\"version\":" + version + "}"), "workingDays");
        expectRefusedOn(get("/api/v1/calendar/deadline").param("hours", "abc").with(Fixtures.as(agent)), "hours");
        expectRefusedOn(get("/api/v1/calendar/deadline").param("hours", "-1").with(Fixtures.as(agent)), "hours");
        expectRefusedOn(get("/api/v1/calendar/deadline").param("hours", "1").param("from", "tomorrow")
                .with(Fixtures.as(agent)), "from");
        expectRefusedOn(get("/api/v1/calendar/days").param("year", "1800").with(Fixtures.as(agent)), "year");
        assertThat(calendar.isWorkingDay(LocalDate.parse("2031-05-08"))).isTrue();
        assertThat(workingHours.current().version()).isEqualTo(version);
    }

    @Test
    void changedWorkingHoursApplyAtOnceAndAreAudited() throws Exception {
        long version = workingHours.current().version();
        mvc.perform(json(put("/api/v1/calendar/hours"), admin, "{\"workingDays\":[\"MONDAY\",\"SATURDAY\"],\"periods\":"
                + "[{\"start\":\"08:00\",\"end\":\"24:00\"}]}").header("If-Match", "\"" + version + "\""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.periods[0].end").value("24:00"))
                .andExpect(header().string("ETag", "\"" + (version + 1) + "\""));
        Instant saturdayMorning = Instant.parse("2031-05-10T00:00:00Z"); // 08:00 in Shanghai
        assertThat(calendar.nextWorkingMoment(saturdayMorning)).isEqualTo(saturdayMorning);
        assertThat(audit.find(new AuditQuery(admin.getUsername(), "working-time.changed", null, null, null, null),
                PageRequest.of(0, 1)).getContent()).singleElement()
                .satisfies(e -> assertThat(e.getChanges()).contains("periods: 09:00-12:00,13:30-18:00 → 08:00-24:00"));
    }

    private void expectRefusedOn(MockHttpServletRequestBuilder request, String field) throws Exception {
        mvc.perform(request).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, SignedInUser user,
            String body) {
        return request.with(Fixtures.as(user)).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
