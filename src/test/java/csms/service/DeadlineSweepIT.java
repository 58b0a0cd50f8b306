package csms.service;

import static csms.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.customer.CustomerArchive;
import csms.identity.SignedInUser;
import csms.shared.PageQuery;
import csms.shared.Role;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** CMP-8, SVC-6: breaches are found once, escalated to the team's supervisor, crisis events to the managers. */
@IntegrationTest
class DeadlineSweepIT {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CustomerArchive archive;
    @Autowired
    ServiceRequests requests;
    @Autowired
    RequestTasks tasks;
    @Autowired
    ComplaintLoop loop;
    @Autowired
    ServiceAlerts alerts;
    @Autowired
    DeadlineSweep sweep;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    long team;
    SignedInUser agent;
    SignedInUser supervisor;
    long customerId;

    @BeforeEach
    void setUp() {
        team = fixtures.department();
        agent = fixtures.user(team, Role.AGENT);
        supervisor = fixtures.user(team, Role.SUPERVISOR);
        fixtures.supervise(team, supervisor);
        customerId = ServiceTestData.customer(archive, agent, "赵强", false, false);
    }

    @Test
    void aMissedStepDeadlineIsRecordedOnceAndEscalatedToTheSupervisor() {
        RequestDetails r = as(agent, () -> requests.register(ServiceTestData.complaint(customerId, "超时投诉",
                Severity.GENERAL, false)));
        Instant due = Instant.now().minusSeconds(60);
        jdbc.sql("update service_request set due_at = ? where id = ?").params(due.atOffset(ZoneOffset.UTC), r.id()).update();
        long unreadBefore = as(supervisor, () -> alerts.unreadCount());

        assertThat(sweep.run(Instant.now())).isGreaterThanOrEqualTo(1);
        assertThat(sweep.run(Instant.now())).isZero();

        assertThat(jdbc.sql("select count(*) from request_breach where request_id = ? and step = 'JUDGEMENT'")
                .param(r.id()).query(Long.class).single()).isEqualTo(1);
        assertThat(as(supervisor, () -> alerts.unreadCount())).isEqualTo(unreadBefore + 1);
        assertThat(as(supervisor, () -> requests.list(RequestFilter.of(Queue.ESCALATED), PageQuery.of(0, 100, null)))
                .map(RequestRow::id).getContent()).contains(r.id());
        RequestDetails after = as(agent, () -> requests.view(r.id()));
        assertThat(after.version()).as("the sweep does not make the agent's form stale").isEqualTo(r.version());
        assertThat(after.overdue()).isTrue();

        as(agent, () -> loop.judge(r.id(), ServiceTestData.unjustified(), after.version()));
        assertThat(as(supervisor, () -> requests.list(RequestFilter.of(Queue.ESCALATED), PageQuery.of(0, 100, null)))
                .map(RequestRow::id).getContent()).as("the next step has a fresh deadline").doesNotContain(r.id());
    }

    @Test
    void aCrisisEventAlertsTheManagersAtOnce() throws Exception {
        SignedInUser manager = fixtures.user(Role.DEPT_MANAGER);
        SignedInUser general = fixtures.user(Role.GENERAL_MANAGER);
        long before = as(manager, () -> alerts.unreadCount());
        long id = as(agent, () -> requests.register(ServiceTestData.complaint(customerId, "重大损失", Severity.MAJOR,
                true))).id();
        assertThat(as(manager, () -> alerts.unreadCount())).isEqualTo(before + 1);
        assertThat(as(general, () -> alerts.mine(PageQuery.of(0, 10, null))).getContent())
                .anySatisfy(a -> {
                    assertThat(a.requestId()).isEqualTo(id);
                    assertThat(a.kind()).isEqualTo(AlertKind.CRISIS);
                });
        mvc.perform(get("/alerts/badge").with(Fixtures.as(general))).andExpect(status().isOk())
                .andExpect(content().string(containsString("badge")));
        mvc.perform(get("/alerts").with(Fixtures.as(general))).andExpect(status().isOk())
                .andExpect(content().string(containsString("重大损失")))
                .andExpect(content().string(containsString("危机事件")));
        as(general, () -> alerts.markAllRead());
        assertThat(as(general, () -> alerts.unreadCount())).isZero();
    }

    @Test
    void anOverduePromiseAlertsItsAgentAndTheSupervisor() {
        long id = as(agent, () -> requests.register(ServiceTestData.consultation(customerId, "回电承诺"))).id();
        PromiseView p = as(agent, () -> tasks.promise(id, "明天上午十点回电告知结果", Instant.now().plusSeconds(3600)));
        jdbc.sql("update request_promise set due_at = ? where id = ?")
                .params(Instant.now().minusSeconds(5).atOffset(ZoneOffset.UTC), p.id()).update();
        sweep.run(Instant.now());
        assertThat(as(agent, () -> tasks.promisesOf(id))).singleElement().satisfies(v -> assertThat(v.overdue()).isTrue());
        assertThat(as(agent, () -> alerts.mine(PageQuery.of(0, 10, null))).getContent())
                .anySatisfy(a -> assertThat(a.kind()).isEqualTo(AlertKind.PROMISE_OVERDUE));
        assertThat(as(supervisor, () -> tasks.openPromises(PageQuery.of(0, 20, null))).map(PromiseView::id)
                .getContent()).contains(p.id());
    }
}
