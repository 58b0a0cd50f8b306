package csms.visit;

import static csms.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.audit.AuditQuery;
import csms.audit.AuditTrail;
import csms.customer.CustomerArchive;
import csms.identity.SignedInUser;
import csms.shared.Role;
import csms.system.OrganisationSettings;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Special visits (VIS-5): supervisors define occasions on a paginated page (holidays from the business calendar),
 * the generator plans one SPECIAL visit per customer of the occasion's segment from its first visiting day, and a
 * deleted occasion's open visits are cancelled. Every change is audited.
 */
@IntegrationTest
class VisitOccasionsIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CustomerArchive archive;
    @Autowired
    ScheduledVisits generator;
    @Autowired
    VisitOccasions occasions;
    @Autowired
    OrganisationSettings organisation;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcTemplate jdbc;

    SignedInUser agent;
    SignedInUser supervisor;

    @BeforeEach
    void setUp() {
        long team = fixtures.department();
        agent = fixtures.user(team, Role.AGENT);
        supervisor = fixtures.user(team, Role.SUPERVISOR);
    }

    @AfterEach
    void removeScheduledVisitsAndOccasions() {
        jdbc.update("delete from return_visit where period_key is not null");
        jdbc.update("delete from visit_occasion");
    }

    @Test
    void theOccasionsSegmentGetsOneSpecialVisitFromTheFirstVisitingDayUntilTheDay() throws Exception {
        long member = VisitTestData.customer(archive, supervisor, "蒋华", true);
        long other = VisitTestData.customer(archive, supervisor, "沈亮", false);
        jdbc.update("update customer set owner_id = ? where id in (?, ?)", agent.id(), member, other);
        mvc.perform(post("/settings/visit-occasions").with(Fixtures.as(supervisor)).with(csrf())
                .param("name", "圣诞节客户关怀").param("kind", "HOLIDAY").param("date", "2040-12-25")
                .param("daysBefore", "3").param("membersOnly", "true"))
                .andExpect(redirectedUrl("/settings/visit-occasions"));
        long id = jdbc.queryForObject("select id from visit_occasion where name = '圣诞节客户关怀'", Long.class);

        generator.specialVisits(at(LocalDate.of(2040, 12, 21)));
        assertThat(specialVisits(member)).isEmpty(); // before its first visiting day (22nd)

        generator.specialVisits(at(LocalDate.of(2040, 12, 23)));
        generator.specialVisits(at(LocalDate.of(2040, 12, 24)));

        assertThat(specialVisits(member)).containsExactly("O" + id);
        assertThat(specialVisits(other)).isEmpty();
        Instant due = jdbc.queryForObject("select due_by from return_visit where customer_id = ? and kind = 'SPECIAL'",
                Instant.class, member);
        assertThat(due).isEqualTo(LocalDate.of(2040, 12, 26).atStartOfDay(organisation.zone()).toInstant());
        mvc.perform(get("/settings/visit-occasions").with(Fixtures.as(supervisor))).andExpect(status().isOk())
                .andExpect(content().string(containsString("圣诞节客户关怀")))
                .andExpect(content().string(containsString("data-confirm")));
        assertThat(audit.find(new AuditQuery(null, "visit.occasion-created", VisitOccasions.SUBJECT,
                String.valueOf(id), null, null), PageRequest.of(0, 5)).getTotalElements()).isEqualTo(1);
    }

    @Test
    void aDeletedOccasionCancelsItsOpenVisitsAfterTheVersionIsChecked() throws Exception {
        long member = VisitTestData.customer(archive, supervisor, "韩梅", true);
        VisitOccasion o = as(supervisor, () -> occasions.create(new OccasionDefinition("店庆二十周年",
                OccasionKind.ANNIVERSARY, LocalDate.of(2040, 6, 18), 0, true, null, List.of(), null)));
        generator.specialVisits(at(LocalDate.of(2040, 6, 18)));
        assertThat(specialVisits(member)).hasSize(1);

        mvc.perform(post("/settings/visit-occasions/{id}/delete", o.getId()).with(Fixtures.as(supervisor)).with(csrf())
                .param("version", String.valueOf(o.getVersion() + 1)))
                .andExpect(redirectedUrl("/settings/visit-occasions"));
        assertThat(jdbc.queryForObject("select count(*) from visit_occasion where id = ?", Long.class, o.getId()))
                .isEqualTo(1);
        mvc.perform(post("/settings/visit-occasions/{id}/delete", o.getId()).with(Fixtures.as(supervisor)).with(csrf())
                .param("version", String.valueOf(o.getVersion())))
                .andExpect(redirectedUrl("/settings/visit-occasions"));

        assertThat(jdbc.queryForObject("select status from return_visit where customer_id = ? and kind = 'SPECIAL'",
                String.class, member)).isEqualTo("CANCELLED");
        assertThat(audit.find(new AuditQuery(null, "visit.occasion-deleted", VisitOccasions.SUBJECT,
                String.valueOf(o.getId()), null, null), PageRequest.of(0, 5)).getTotalElements()).isEqualTo(1);
    }

    @Test
    void anInvalidOrStaleOccasionIsRefusedWithTheFormShownAgain() throws Exception {
        mvc.perform(post("/settings/visit-occasions").with(Fixtures.as(supervisor)).with(csrf())
                .param("name", " ").param("kind", "PROMOTION").param("date", "2040-05-01"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("occasion-form")));
        mvc.perform(post("/settings/visit-occasions").with(Fixtures.as(supervisor)).with(csrf())
                .param("name", "五一促销").param("kind", "PROMOTION").param("date", "2040-05-01")
                .param("daysBefore", "99"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/settings/visit-occasions").with(Fixtures.as(supervisor)).with(csrf())
                .param("name", "五一促销").param("kind", "PROMOTION").param("date", "2040-05-01")
                .param("gradeCodes", "NO-SUCH-GRADE"))
                .andExpect(status().isUnprocessableContent());
        VisitOccasion o = as(supervisor, () -> occasions.create(new OccasionDefinition("五一促销", OccasionKind.PROMOTION,
                LocalDate.of(2040, 5, 1), 5, false, null, List.of(), null)));
        mvc.perform(post("/settings/visit-occasions/{id}", o.getId()).with(Fixtures.as(supervisor)).with(csrf())
                .param("name", "五一大促").param("kind", "PROMOTION").param("date", "2040-05-01")
                .param("version", String.valueOf(o.getVersion() + 1)))
                .andExpect(status().isConflict());
        mvc.perform(post("/settings/visit-occasions/{id}", o.getId()).with(Fixtures.as(supervisor)).with(csrf())
                .param("name", "五一大促").param("kind", "PROMOTION").param("date", "2040-05-01")
                .param("daysBefore", "5").param("version", String.valueOf(o.getVersion())))
                .andExpect(redirectedUrl("/settings/visit-occasions"));
        assertThat(jdbc.queryForObject("select name from visit_occasion where id = ?", String.class, o.getId()))
                .isEqualTo("五一大促");
        mvc.perform(get("/settings/visit-occasions").with(Fixtures.as(agent))).andExpect(status().isForbidden());
    }

    @Test
    void holidaysOfTheBusinessCalendarAreOfferedOnceWithTheirFirstDayAndFillTheForm() throws Exception {
        List<VisitOccasions.Holiday> holidays = as(supervisor, () -> occasions.holidaysFrom(LocalDate.of(2026, 1, 1)));

        assertThat(holidays).contains(new VisitOccasions.Holiday("元旦", LocalDate.of(2026, 1, 1)));
        assertThat(holidays).filteredOn(h -> h.name().equals("国庆节") && h.date().getYear() == 2026).hasSize(1);
        mvc.perform(get("/settings/visit-occasions").param("holiday", "2026-10-01").param("holidayName", "国庆节")
                .with(Fixtures.as(supervisor))).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"国庆节\"")))
                .andExpect(content().string(containsString("value=\"2026-10-01\"")));
    }

    private Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(organisation.zone()).toInstant();
    }

    private List<String> specialVisits(long customerId) {
        return jdbc.queryForList("select period_key from return_visit where customer_id = ? and kind = 'SPECIAL'",
                String.class, customerId);
    }
}
