package csms.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.audit.AuditQuery;
import csms.audit.AuditTrail;
import csms.customer.internal.CustomerRepository;
import csms.identity.SignedInUser;
import csms.shared.Role;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** The first-contact duty: filing contacts, the agent's and the supervisor's lists, the overdue sweep. */
@IntegrationTest
@RecordApplicationEvents
class FirstContactDutyIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CustomerRepository customers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CustomerAssignment assignment;
    @Autowired
    FirstContactDuties duties;
    @Autowired
    AuditTrail audit;
    @Autowired
    ApplicationEvents events;

    AssignmentTestData data;
    long department;
    SignedInUser supervisor;
    SignedInUser agent;

    @BeforeEach
    void team() {
        data = new AssignmentTestData(customers, jdbc);
        department = fixtures.department();
        supervisor = fixtures.user(department, Role.SUPERVISOR);
        agent = fixtures.user(department, Role.AGENT);
    }

    Customer assigned(String name, SignedInUser to) {
        Customer c = data.customer(name);
        Fixtures.as(supervisor, () -> assignment.assign(List.of(c.getId()), to.id()));
        return data.reload(c.getId());
    }

    /** Moves the assignment back in time so that its duty is overdue by a day. */
    void makeOverdue(Customer c) {
        data.assignedAt(c.getId(), Instant.now().minus(Duration.ofDays(8)), Instant.now().minus(Duration.ofDays(1)));
    }

    @Test
    void theOwnersFirstContactFulfilsTheDuty() throws Exception {
        Customer c = assigned("首次联系", agent);
        String url = "/api/v1/customers/" + c.getId() + "/contacts";

        String location = mvc.perform(post(url).with(Fixtures.as(agent)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channel\":\"PHONE\",\"summary\":\"电话介绍了服务内容\"}"))
                .andExpect(status().isCreated()).andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.agentId").value(agent.id()))
                .andReturn().getResponse().getHeader("Location");

        Customer after = data.reload(c.getId());
        assertThat(after.isFirstContactPending()).isFalse();
        assertThat(after.getFirstContactedAt()).isNotNull();
        mvc.perform(get(location).with(Fixtures.as(agent))).andExpect(status().isOk())
                .andExpect(jsonPath("$.summary").value("电话介绍了服务内容"));
        mvc.perform(get(url).with(Fixtures.as(supervisor))).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1)).andExpect(jsonPath("$.content[0].channel").value("PHONE"));
        mvc.perform(get("/api/v1/me/first-contacts").with(Fixtures.as(agent)).param("size", "100"))
                .andExpect(jsonPath("$.content[?(@.customerId == " + c.getId() + ")]").isEmpty());
        assertThat(audit.find(new AuditQuery(agent.getUsername(), "customer.contact-filed", "Customer",
                String.valueOf(c.getId()), null, null), PageRequest.of(0, 5)).getTotalElements()).isEqualTo(1);
    }

    @Test
    void aContactByTheSupervisorIsRecordedButDoesNotFulfilTheOwnersDuty() throws Exception {
        Customer c = assigned("主管联系", agent);

        mvc.perform(post("/api/v1/customers/" + c.getId() + "/contacts").with(Fixtures.as(supervisor))
                .contentType(MediaType.APPLICATION_JSON).content("{\"channel\":\"VISIT\",\"summary\":\"上门拜访\"}"))
                .andExpect(status().isCreated());
        assertThat(data.reload(c.getId()).isFirstContactPending()).isTrue();
        assertThat(data.reload(c.getId()).getLastContactedAt()).isNotNull();
    }

    @Test
    void contactsInTheFutureOrWithoutSummaryAreRefusedAndStrangersSeeNothing() throws Exception {
        Customer c = assigned("校验", agent);
        String url = "/api/v1/customers/" + c.getId() + "/contacts";

        mvc.perform(post(url).with(Fixtures.as(agent)).contentType(MediaType.APPLICATION_JSON).content(
                        "{\"channel\":\"PHONE\",\"summary\":\"x\",\"contactedAt\":\"" + Instant.now().plus(Duration.ofHours(2)) + "\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("contactedAt"));
        mvc.perform(post(url).with(Fixtures.as(agent)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channel\":\"PHONE\",\"summary\":\"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"));
        SignedInUser stranger = fixtures.user(department, Role.AGENT);
        mvc.perform(get(url).with(Fixtures.as(stranger))).andExpect(status().isNotFound());
        mvc.perform(post(url).with(Fixtures.as(stranger)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"channel\":\"PHONE\",\"summary\":\"不是我的客户\"}")).andExpect(status().isNotFound());
        assertThat(data.reload(c.getId()).isFirstContactPending()).isTrue();
    }

    @Test
    void theContactPageFilesAContactAndKeepsTheInputOnErrors() throws Exception {
        Customer c = assigned("页面登记", agent);
        String url = "/customers/" + c.getId() + "/contacts";

        String page = mvc.perform(post(url).with(Fixtures.as(agent)).with(csrf()).param("channel", "EMAIL")
                        .param("summary", "").param("contactedAt", "2020-01-01T09:30"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("is-invalid").contains("value=\"2020-01-01T09:30\"");
        mvc.perform(post(url).with(Fixtures.as(agent)).with(csrf()).param("channel", "EMAIL")
                        .param("summary", "邮件确认需求").param("contactedAt", ""))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(url));
        assertThat(data.reload(c.getId()).isFirstContactPending()).isFalse();
        assertThat(mvc.perform(get(url).with(Fixtures.as(agent))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("邮件确认需求");
    }

    @Test
    void anOverdueDutyComesFirstOnTheAgentsHomePage() throws Exception {
        Customer awaiting = assigned("待联系", agent);
        Customer overdue = assigned("已逾期", agent);
        makeOverdue(overdue);

        String home = mvc.perform(get("/").with(Fixtures.as(agent))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        int overdueRow = home.indexOf("data-customer=\"" + overdue.getId() + "\" data-overdue=\"true\"");
        int awaitingRow = home.indexOf("data-customer=\"" + awaiting.getId() + "\" data-overdue=\"false\"");
        assertThat(overdueRow).isPositive();
        assertThat(awaitingRow).isGreaterThan(overdueRow);
        assertThat(home).contains("/customers/" + awaiting.getId() + "/contacts");
        mvc.perform(get("/api/v1/me/first-contacts").with(Fixtures.as(agent)))
                .andExpect(jsonPath("$.content[0].customerId").value(overdue.getId()))
                .andExpect(jsonPath("$.content[0].overdue").value(true))
                .andExpect(jsonPath("$.content[1].overdue").value(false));
    }

    @Test
    void theSupervisorSeesTheTeamsOverdueDutiesFirstWithCountsPerAgent() throws Exception {
        SignedInUser second = fixtures.user(department, Role.AGENT);
        Customer awaiting = assigned("组内待联系", second);
        Customer overdue = assigned("组内逾期", agent);
        assigned("组内待联系二", agent);
        makeOverdue(overdue);

        mvc.perform(get("/api/v1/first-contacts/overview").with(Fixtures.as(supervisor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalOverdue").value(1)).andExpect(jsonPath("$.totalAwaiting").value(2))
                .andExpect(jsonPath("$.agents[0].agentId").value(agent.id()))
                .andExpect(jsonPath("$.agents[0].overdue").value(1)).andExpect(jsonPath("$.agents[0].awaiting").value(1))
                .andExpect(jsonPath("$.duties.content[0].customerId").value(overdue.getId()))
                .andExpect(jsonPath("$.duties.totalElements").value(3));
        String home = mvc.perform(get("/").with(Fixtures.as(supervisor))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(home.indexOf("data-customer=\"" + overdue.getId() + "\" data-overdue=\"true\"")).isPositive()
                .isLessThan(home.indexOf("data-customer=\"" + awaiting.getId() + "\""));
        mvc.perform(get("/api/v1/first-contacts/overview").with(Fixtures.as(agent))).andExpect(status().isForbidden());
    }

    @Test
    void theSweepMarksAnOverdueDutyExactlyOnceAndAnnouncesIt() {
        Customer c = assigned("扫描", agent);
        Instant due = Instant.now().plus(Duration.ofHours(1));
        data.assignedAt(c.getId(), Instant.now(), due);

        duties.markOverdue(due.minusSeconds(60));
        assertThat(overdueEventsFor(c)).as("not yet due").isZero();
        Instant late = due.plus(Duration.ofMinutes(1));
        duties.markOverdue(late);
        duties.markOverdue(late.plus(Duration.ofMinutes(5)));

        assertThat(overdueEventsFor(c)).isEqualTo(1);
        assertThat(events.stream(FirstContactOverdue.class).filter(e -> e.customerId() == c.getId()).findFirst())
                .hasValueSatisfying(e -> assertThat(e.ownerId()).isEqualTo(agent.id()));
        assertThat(data.reload(c.getId()).getFirstContactOverdueAt()).isNotNull();
        var entries = audit.find(new AuditQuery(null, "customer.first-contact-overdue", "Customer",
                String.valueOf(c.getId()), null, null), PageRequest.of(0, 5)).getContent();
        assertThat(entries).singleElement().satisfies(e -> assertThat(e.getActor()).isEqualTo(AuditTrail.SYSTEM_ACTOR));
    }

    @Test
    void peopleWithoutCustomerWorkSeeAShortWelcome() throws Exception {
        SignedInUser hr = fixtures.user(Role.HR);
        String home = mvc.perform(get("/").with(Fixtures.as(hr))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(home).contains("data-panel=\"welcome\"").doesNotContain("data-panel=\"mine\"");
    }

    private long overdueEventsFor(Customer c) {
        return events.stream(FirstContactOverdue.class).filter(e -> e.customerId() == c.getId()).count();
    }
}
