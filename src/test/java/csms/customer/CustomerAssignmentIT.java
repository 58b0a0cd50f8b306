package csms.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.audit.AuditQuery;
import csms.audit.AuditTrail;
import csms.customer.internal.CustomerRepository;
import csms.identity.SignedInUser;
import csms.shared.Role;
import csms.system.RuleSettings;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Assigning customers to agents through the API: who may assign what to whom, proposals, the rule value. */
@IntegrationTest
class CustomerAssignmentIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CustomerRepository customers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail audit;
    @Autowired
    RuleSettings rules;
    @Autowired
    JsonMapper json;

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

    ResultActions postJson(String url, SignedInUser as, String body) throws Exception {
        return mvc.perform(post(url).with(Fixtures.as(as)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    ResultActions assign(SignedInUser as, long agentId, long... customerIds) throws Exception {
        String ids = java.util.Arrays.stream(customerIds).mapToObj(String::valueOf).collect(Collectors.joining(","));
        return postJson("/api/v1/customer-assignments", as, "{\"customerIds\":[" + ids + "],\"agentId\":" + agentId + "}");
    }

    @Test
    void supervisorAssignsCustomersToAnAgentOfTheTeam() throws Exception {
        Customer c = data.customer("分配");
        assign(supervisor, agent.id(), c.getId()).andExpect(status().isOk())
                .andExpect(jsonPath("$.assignments[0].customerId").value(c.getId()))
                .andExpect(jsonPath("$.assignments[0].ownerId").value(agent.id()));

        Customer assigned = data.reload(c.getId());
        assertThat(assigned.getOwnerId()).isEqualTo(agent.id());
        assertThat(assigned.isFirstContactPending()).isTrue();
        assertThat(Duration.between(assigned.getAssignedAt(), assigned.getFirstContactDueAt())).isEqualTo(Duration.ofDays(7));
        var entries = audit.find(new AuditQuery(null, "customer.assigned", "Customer", String.valueOf(c.getId()), null, null),
                PageRequest.of(0, 5));
        assertThat(entries.getContent()).singleElement().satisfies(e -> {
            assertThat(e.getActor()).isEqualTo(supervisor.getUsername());
            assertThat(e.getChanges()).contains("owner: ∅ → ").contains("#" + agent.id());
        });
    }

    @Test
    void reassigningStartsANewDutyAndAuditsOwnerBeforeAndAfter() throws Exception {
        SignedInUser second = fixtures.user(department, Role.AGENT);
        Customer c = data.customer("重新分配");
        assign(supervisor, agent.id(), c.getId()).andExpect(status().isOk());
        data.assignedAt(c.getId(), java.time.Instant.now().minus(Duration.ofDays(10)), java.time.Instant.now().minus(Duration.ofDays(3)));

        assign(supervisor, second.id(), c.getId()).andExpect(status().isOk())
                .andExpect(jsonPath("$.assignments[0].previousOwnerId").value(agent.id()));

        Customer moved = data.reload(c.getId());
        assertThat(moved.getOwnerId()).isEqualTo(second.id());
        assertThat(moved.getFirstContactDueAt()).isAfter(java.time.Instant.now().plus(Duration.ofDays(6)));
        assertThat(moved.getFirstContactOverdueAt()).isNull();
        var last = audit.find(new AuditQuery(null, "customer.assigned", "Customer", String.valueOf(c.getId()), null, null),
                PageRequest.of(0, 5)).getContent();
        assertThat(last).hasSize(2).anySatisfy(e -> assertThat(e.getChanges())
                .contains("#" + agent.id() + " → ").contains("#" + second.id()));
    }

    @Test
    void assigningToAnAgentOfAnotherDepartmentIsRefused() throws Exception {
        SignedInUser stranger = fixtures.user(fixtures.department(), Role.AGENT);
        Customer c = data.customer("跨部门");

        assign(supervisor, stranger.id(), c.getId()).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:csms:problem:validation"))
                .andExpect(jsonPath("$.errors[0].field").value("agentId"));
        assertThat(data.reload(c.getId()).getOwnerId()).isNull();
    }

    @Test
    void aSupervisorCannotTakeCustomersOfAnotherTeam() throws Exception {
        long otherDepartment = fixtures.department();
        SignedInUser otherSupervisor = fixtures.user(otherDepartment, Role.SUPERVISOR);
        SignedInUser otherAgent = fixtures.user(otherDepartment, Role.AGENT);
        Customer c = data.customer("他组客户");
        assign(otherSupervisor, otherAgent.id(), c.getId()).andExpect(status().isOk());

        assign(supervisor, agent.id(), c.getId()).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:csms:problem:forbidden"));
        assertThat(data.reload(c.getId()).getOwnerId()).isEqualTo(otherAgent.id());
    }

    @Test
    void aDepartmentManagerAssignsAnywhere() throws Exception {
        SignedInUser manager = fixtures.user(fixtures.department(), Role.DEPT_MANAGER);
        Customer c = data.customer("经理分配");

        assign(manager, agent.id(), c.getId()).andExpect(status().isOk());
        assertThat(data.reload(c.getId()).getOwnerId()).isEqualTo(agent.id());
    }

    @Test
    void anAgentCannotAssign() throws Exception {
        Customer c = data.customer("客服不能分配");

        assign(agent, agent.id(), c.getId()).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:csms:problem:forbidden"));
        postJson("/api/v1/customer-assignments/proposal", agent, "{\"agentIds\":[" + agent.id() + "]}")
                .andExpect(status().isForbidden());
        assertThat(data.reload(c.getId()).getOwnerId()).isNull();
    }

    @Test
    void disabledOrNonAgentUsersCannotOwnCustomers() throws Exception {
        SignedInUser hr = fixtures.user(department, Role.HR);
        Customer c = data.customer("非客服");

        assign(supervisor, hr.id(), c.getId()).andExpect(status().isUnprocessableContent());
        assign(supervisor, 999_999_999L, c.getId()).andExpect(status().isUnprocessableContent());
        assign(supervisor, agent.id(), 999_999_999L).andExpect(status().isNotFound());
    }

    @Test
    void theProposalBalancesCountsAndPotentialAndAppliesVersionSafely() throws Exception {
        SignedInUser second = fixtures.user(department, Role.AGENT);
        List<Customer> batch = List.of(data.customer("高潜力", 5, "2000000"), data.customer("高潜力", 5, "1500000"),
                data.customer("低潜力", 1, "1000"), data.customer("低潜力", 1, "2000"));
        String ids = batch.stream().map(c -> String.valueOf(c.getId())).collect(Collectors.joining(","));

        String body = postJson("/api/v1/customer-assignments/proposal", supervisor,
                "{\"customerIds\":[" + ids + "],\"agentIds\":[" + agent.id() + "," + second.id() + "]}")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode proposal = json.readTree(body);
        Map<Long, Long> placed = new java.util.HashMap<>();
        proposal.get("lines").forEach(l -> placed.put(l.get("customerId").asLong(), l.get("agentId").asLong()));
        assertThat(placed).hasSize(4);
        assertThat(placed.get(batch.get(0).getId())).isNotEqualTo(placed.get(batch.get(1).getId()));
        assertThat(placed.values().stream().filter(a -> a == agent.id()).count()).isEqualTo(2);
        assertThat(data.reload(batch.get(0).getId()).getOwnerId()).as("a proposal changes nothing").isNull();

        String lines = placed.entrySet().stream().map(e -> "{\"customerId\":" + e.getKey() + ",\"agentId\":" + e.getValue()
                + ",\"version\":" + data.reload(e.getKey()).getVersion() + "}").collect(Collectors.joining(","));
        postJson("/api/v1/customer-assignments/proposal/apply", supervisor, "{\"lines\":[" + lines + "]}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.assignments.length()").value(4));
        placed.forEach((customerId, agentId) -> assertThat(data.reload(customerId).getOwnerId()).isEqualTo(agentId));

        postJson("/api/v1/customer-assignments/proposal/apply", supervisor, "{\"lines\":[" + lines + "]}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.type").value("urn:csms:problem:conflict"));
    }

    @Test
    void releasingEndsTheAssignment() throws Exception {
        Customer c = data.customer("释放");
        assign(supervisor, agent.id(), c.getId()).andExpect(status().isOk());

        postJson("/api/v1/customer-assignments/release", supervisor, "{\"customerIds\":[" + c.getId() + "]}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.released").value(1));
        assertThat(data.reload(c.getId()).getOwnerId()).isNull();
        assertThat(data.reload(c.getId()).isFirstContactPending()).isFalse();
    }

    @Test
    void changingTheRuleValueChangesTheDueDateOfTheNextAssignment() throws Exception {
        SignedInUser manager = fixtures.user(Role.DEPT_MANAGER);
        change(manager, 3);
        try {
            Customer c = data.customer("三天期限");
            assign(supervisor, agent.id(), c.getId()).andExpect(status().isOk());
            Customer assigned = data.reload(c.getId());
            assertThat(Duration.between(assigned.getAssignedAt(), assigned.getFirstContactDueAt()))
                    .isEqualTo(Duration.ofDays(3));
        } finally {
            change(manager, 7);
        }
    }

    private void change(SignedInUser manager, int days) {
        Fixtures.as(manager, () -> {
            long version = rules.all().stream().filter(r -> r.rule().key().equals("customer.first-contact-days"))
                    .findFirst().orElseThrow().version();
            rules.change("customer.first-contact-days", days, version);
            return null;
        });
    }
}
