package csms.visit;

import static csms.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.audit.AuditQuery;
import csms.audit.AuditTrail;
import csms.customer.ContactRecordView;
import csms.customer.ContactRecords;
import csms.customer.CustomerArchive;
import csms.customer.CustomerKind;
import csms.customer.CustomerSource;
import csms.customer.NewCustomer;
import csms.customer.PhoneEntry;
import csms.customer.Salutation;
import csms.identity.SignedInUser;
import csms.service.Satisfaction;
import csms.shared.PageQuery;
import csms.shared.Role;
import csms.system.OrganisationSettings;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The scheduled visits (VIS-3 periodic, VIS-4 regular; ADR 0012): one per customer and calendar window, planned at
 * a callable time for the customer's owner, exactly once even when two nodes generate at the same time; a reached
 * regular visit updates the customer archive. The generator walks every customer of the shared database, so each
 * test removes the scheduled visits it made.
 */
@IntegrationTest
class ScheduledVisitsIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CustomerArchive archive;
    @Autowired
    ScheduledVisits generator;
    @Autowired
    ReturnVisits visits;
    @Autowired
    ContactRecords contacts;
    @Autowired
    OrganisationSettings organisation;
    @Autowired
    QuietHoursPolicy quietHours;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Questionnaires questionnaires;

    long team;
    SignedInUser agent;
    SignedInUser supervisor;

    @BeforeEach
    void setUp() {
        team = fixtures.department();
        agent = fixtures.user(team, Role.AGENT);
        supervisor = fixtures.user(team, Role.SUPERVISOR);
    }

    @AfterEach
    void removeScheduledVisits() {
        jdbc.update("delete from return_visit_answer where visit_id in (select id from return_visit"
                + " where period_key is not null)");
        jdbc.update("delete from return_visit where period_key is not null");
        jdbc.update("update visit_segment set members_only = true, kinds = '', grade_codes = '' where purpose = ?",
                VisitSegmentSetting.PERIODIC);
    }

    @Test
    void aMemberGetsOnePeriodicVisitPerTwoMonthWindowPlannedAtACallableTimeForItsOwner() throws Exception {
        long member = owned(VisitTestData.customer(archive, supervisor, "钱坤", true));
        long other = owned(VisitTestData.customer(archive, supervisor, "冯涛", false));
        ZoneId zone = organisation.zone();
        Instant now = at(LocalDate.of(2040, 11, 15), 12, 30); // in the midday rest

        generator.generate(now);

        List<ReturnVisit> planned = scheduled(member, VisitKind.PERIODIC);
        assertThat(planned).hasSize(1);
        ReturnVisit v = planned.get(0);
        assertThat(v.getPeriodKey()).isEqualTo("2040-2M-6");
        assertThat(v.getAgentId()).isEqualTo(agent.id());
        assertThat(v.getDepartmentId()).isEqualTo(team);
        assertThat(v.getStatus()).isEqualTo(VisitStatus.PLANNED);
        assertThat(v.getDueBy()).isEqualTo(LocalDate.of(2041, 1, 1).atStartOfDay(zone).toInstant());
        assertThat(v.getPlannedAt()).isAfter(now).isBefore(v.getDueBy());
        assertThat(quietHours.organisation().isQuiet(v.getPlannedAt(), zone)).isFalse();
        assertThat(scheduled(other, VisitKind.PERIODIC)).isEmpty();
        assertThat(mvc.perform(get("/visits/{id}", v.getId()).with(Fixtures.as(agent))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("visit-questions",
                        as(supervisor, () -> questionnaires.of(VisitKind.PERIODIC)).get(0).getText());
        assertThat(audit.find(new AuditQuery(null, "visit.scheduled", ReturnVisits.SUBJECT, null, null, null),
                PageRequest.of(0, 5)).getTotalElements()).isPositive();

        generator.generate(at(LocalDate.of(2040, 12, 20), 10, 0));
        assertThat(scheduled(member, VisitKind.PERIODIC)).hasSize(1);

        generator.generate(at(LocalDate.of(2041, 1, 3), 10, 0));
        assertThat(scheduled(member, VisitKind.PERIODIC)).extracting(ReturnVisit::getPeriodKey)
                .containsExactlyInAnyOrder("2040-2M-6", "2041-2M-1");
    }

    @Test
    void twoNodesGeneratingAtTheSameTimePlanExactlyOneVisitPerCustomerAndPeriod() throws Exception {
        List<Long> members = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            members.add(owned(VisitTestData.customer(archive, supervisor, "并发" + i, true)));
        }
        Instant now = at(LocalDate.of(2040, 3, 2), 10, 0);
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> nodes = List.of(1, 2).stream().map(n -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return generator.generate(now);
        })).toList();
        int total = 0;
        for (CompletableFuture<Integer> node : nodes) {
            total += node.get();
        }

        for (long member : members) {
            assertThat(scheduled(member, VisitKind.PERIODIC)).hasSize(1);
            assertThat(scheduled(member, VisitKind.REGULAR)).hasSize(1);
        }
        Long inDatabase = jdbc.queryForObject("select count(*) from return_visit where period_key is not null",
                Long.class);
        assertThat(total).isEqualTo(inDatabase.intValue());
        assertThat(jdbc.queryForObject("""
                select count(*) from (select customer_id, kind, period_key from return_visit
                where period_key is not null group by customer_id, kind, period_key having count(*) > 1) d
                """, Long.class)).isZero();
    }

    @Test
    void eachCustomerKindGetsItsRegularVisitAtItsOwnInterval() {
        long person = owned(VisitTestData.customer(archive, supervisor, "褚明", false));
        long company = owned(organisationCustomer("华南检测仪器有限公司"));

        generator.generate(at(LocalDate.of(2040, 11, 15), 10, 0));

        assertThat(scheduled(person, VisitKind.REGULAR)).singleElement().extracting(ReturnVisit::getPeriodKey)
                .isEqualTo("2040-6M-2");
        assertThat(scheduled(company, VisitKind.REGULAR)).singleElement().extracting(ReturnVisit::getPeriodKey)
                .isEqualTo("2040-3M-4");
        assertThat(scheduled(company, VisitKind.PERIODIC)).isEmpty(); // not a member
    }

    @Test
    void aReachedRegularVisitFilesAContactRecordInTheCustomerArchive() throws Exception {
        long company = owned(organisationCustomer("闽江纺织品进出口公司"));
        generator.generate(at(LocalDate.of(2040, 5, 10), 10, 0));
        ReturnVisit v = scheduled(company, VisitKind.REGULAR).get(0);
        assertThat(as(agent, () -> visits.view(v.getId())).questions()).extracting(VisitQuestion::getText)
                .first().asString().contains("合作满意度");

        as(agent, () -> visits.record(v.getId(), new VisitRecord(VisitOutcome.REACHED, Satisfaction.SATISFIED,
                List.of("4", "交货期偶有延误"), "客户希望提前告知检测排期", null, false, v.getVersion())));

        List<ContactRecordView> filed = as(agent, () -> contacts.list(company, PageQuery.of(0, 10, null)))
                .getContent();
        assertThat(filed).singleElement().satisfies(r -> {
            assertThat(r.summary()).contains("合作满意度").contains("交货期偶有延误").contains("客户希望提前告知检测排期");
            assertThat(r.agentId()).isEqualTo(agent.id());
        });
        assertThat(as(agent, () -> contacts.subject(company)).lastContactedAt()).isNotNull();
        assertThat(mvc.perform(get("/settings/visit-questions").param("kind", "REGULAR").with(Fixtures.as(supervisor)))
                .andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("合作中遇到的问题");
    }

    @Test
    void aSupervisorChoosesTheSegmentAndOnlyItGetsThePeriodicVisit() throws Exception {
        long person = owned(VisitTestData.customer(archive, supervisor, "卫东", true));
        long company = owned(organisationCustomer("厦门海峡检测中心"));
        jdbc.update("update customer set member = true where id = ?", company);
        long version = jdbc.queryForObject("select version from visit_segment where purpose = 'PERIODIC'",
                Long.class);

        mvc.perform(get("/settings/visit-schedule").with(Fixtures.as(agent))).andExpect(status().isForbidden());
        mvc.perform(get("/settings/visit-schedule").with(Fixtures.as(supervisor))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("visit-schedule-form")));
        mvc.perform(post("/settings/visit-schedule").with(Fixtures.as(supervisor)).with(csrf())
                .param("membersOnly", "true").param("kind", "ORGANISATION").param("version", String.valueOf(version)))
                .andExpect(redirectedUrl("/settings/visit-schedule"));
        mvc.perform(post("/settings/visit-schedule").with(Fixtures.as(supervisor)).with(csrf())
                .param("kind", "PERSON").param("version", String.valueOf(version)))
                .andExpect(status().isConflict());
        mvc.perform(post("/settings/visit-schedule").with(Fixtures.as(supervisor)).with(csrf())
                .param("grade", "NO-SUCH-GRADE").param("version", String.valueOf(version + 1)))
                .andExpect(status().isUnprocessableContent());
        assertThat(audit.find(new AuditQuery(null, "visit.segment-changed", "VisitSegment", "PERIODIC", null, null),
                PageRequest.of(0, 5)).getTotalElements()).isPositive();

        generator.periodicVisits(at(LocalDate.of(2040, 7, 1), 10, 0));

        assertThat(scheduled(company, VisitKind.PERIODIC)).hasSize(1);
        assertThat(scheduled(person, VisitKind.PERIODIC)).isEmpty();
    }

    private Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(organisation.zone()).toInstant();
    }

    private long owned(long customerId) {
        jdbc.update("update customer set owner_id = ? where id = ?", agent.id(), customerId);
        return customerId;
    }

    private long organisationCustomer(String name) {
        String phone = "0591" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        NewCustomer c = new NewCustomer(CustomerKind.ORGANISATION, name, Salutation.NONE, name, null, "福州市鼓楼区",
                null, CustomerSource.PHONE, null, null, List.of(new PhoneEntry(phone, "总机")), List.of(), null, null,
                false, false, false, false, null);
        return as(supervisor, () -> archive.register(c)).id();
    }

    private List<ReturnVisit> scheduled(long customerId, VisitKind kind) {
        List<Long> ids = jdbc.queryForList("select id from return_visit where customer_id = ? and kind = ?"
                + " order by period_key", Long.class, customerId, kind.name());
        return ids.stream().map(id -> as(agent, () -> visits.view(id)).visit()).toList();
    }
}
