package csms.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.customer.internal.CustomerRepository;
import csms.identity.SignedInUser;
import csms.shared.Role;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The assignment board as a supervisor uses it: select, assign, confirm a reassignment, review a proposal. */
@IntegrationTest
class CustomerAssignmentPagesIT {

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

    AssignmentTestData data;
    SignedInUser supervisor;
    SignedInUser agent;
    SignedInUser second;

    @BeforeEach
    void team() {
        data = new AssignmentTestData(customers, jdbc);
        long department = fixtures.department();
        supervisor = fixtures.user(department, Role.SUPERVISOR);
        agent = fixtures.user(department, Role.AGENT);
        second = fixtures.user(department, Role.AGENT);
    }

    @Test
    void theBoardListsUnassignedCustomersAndTheTeamsAgentsWithTheirLoad() throws Exception {
        Customer c = data.customer("看板");
        Fixtures.as(supervisor, () -> assignment.assign(List.of(data.customer("已有").getId()), agent.id()));

        String board = mvc.perform(get("/customers/assignment").with(Fixtures.as(supervisor)).param("q", c.getName()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(board).contains(c.getName()).contains("data-agent=\"" + agent.id() + "\"")
                .contains("data-agent=\"" + second.id() + "\"");
        Matcher load = Pattern.compile("data-agent=\"" + agent.id() + "\">.*?<td class=\"text-end\">(\\d+)</td>",
                Pattern.DOTALL).matcher(board);
        assertThat(load.find()).isTrue();
        assertThat(load.group(1)).as("customers the agent owns").isEqualTo("1");
        mvc.perform(get("/customers/assignment").with(Fixtures.as(agent))).andExpect(status().isForbidden());
    }

    @Test
    void longListsArePagedAndSortable() throws Exception {
        String prefix = "分页" + System.nanoTime();
        for (int i = 0; i < 21; i++) {
            data.customer(prefix);
        }
        String board = mvc.perform(get("/customers/assignment").with(Fixtures.as(supervisor)).param("q", prefix)
                        .param("sort", "name"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(board).contains("class=\"pagination pagination-sm\"").contains("page=1")
                .contains("sort=-name");
    }

    @Test
    void aRefusalWithAnArgumentShowsTheArgumentNotAnArray() throws Exception {
        var request = post("/customers/assignment").with(Fixtures.as(supervisor)).with(csrf())
                .param("confirmed", "true").param("agentId", String.valueOf(agent.id()));
        for (long id = 1; id <= CustomerAssignment.MAX_BATCH + 1; id++) {
            request.param("customerIds", String.valueOf(Long.MAX_VALUE - id));
        }
        String page = mvc.perform(request.header("Accept-Language", "zh-CN")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("一次最多处理 500 位客户。").doesNotContain("[Ljava");
    }

    @Test
    void assigningFromTheBoardAndReassigningNeedsAConfirmation() throws Exception {
        Customer c = data.customer("页面分配");
        mvc.perform(post("/customers/assignment").with(Fixtures.as(supervisor)).with(csrf())
                        .param("customerIds", String.valueOf(c.getId())).param("agentId", String.valueOf(agent.id())))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("success", "assignment.assigned"));
        assertThat(data.reload(c.getId()).getOwnerId()).isEqualTo(agent.id());

        String confirm = mvc.perform(post("/customers/assignment").with(Fixtures.as(supervisor)).with(csrf())
                        .param("customerIds", String.valueOf(c.getId())).param("agentId", String.valueOf(second.id())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(confirm).contains("name=\"confirmed\" value=\"true\"").contains(c.getName());
        assertThat(data.reload(c.getId()).getOwnerId()).as("nothing changes before the confirmation").isEqualTo(agent.id());

        mvc.perform(post("/customers/assignment").with(Fixtures.as(supervisor)).with(csrf()).param("confirmed", "true")
                        .param("customerIds", String.valueOf(c.getId())).param("agentId", String.valueOf(second.id())))
                .andExpect(status().is3xxRedirection());
        assertThat(data.reload(c.getId()).getOwnerId()).isEqualTo(second.id());
    }

    @Test
    void aRefusedAssignmentReRendersTheBoardWithTheSelectionKept() throws Exception {
        Customer c = data.customer("保留选择");
        SignedInUser stranger = fixtures.user(fixtures.department(), Role.AGENT);

        String page = mvc.perform(post("/customers/assignment").with(Fixtures.as(supervisor)).with(csrf())
                        .param("q", c.getName()).param("customerIds", String.valueOf(c.getId()))
                        .param("agentId", String.valueOf(stranger.id())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("alert-danger").containsPattern("value=\"" + c.getId() + "\"\\s+checked");
        assertThat(data.reload(c.getId()).getOwnerId()).isNull();
    }

    @Test
    void theProposalIsPreviewedThenApplied() throws Exception {
        Customer high = data.customer("方案高", 5, "900000");
        Customer low = data.customer("方案低", 1, null);

        String preview = mvc.perform(post("/customers/assignment/proposal").with(Fixtures.as(supervisor)).with(csrf())
                        .param("customerIds", String.valueOf(high.getId()), String.valueOf(low.getId()))
                        .param("agentIds", String.valueOf(agent.id()), String.valueOf(second.id())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(preview).contains("data-customer=\"" + high.getId() + "\"").contains("data-customer=\"" + low.getId() + "\"");
        assertThat(data.reload(high.getId()).getOwnerId()).isNull();

        mvc.perform(post("/customers/assignment/proposal/apply").with(Fixtures.as(supervisor)).with(csrf())
                        .param("customerId", String.valueOf(high.getId()), String.valueOf(low.getId()))
                        .param("agentId", String.valueOf(agent.id()), String.valueOf(second.id()))
                        .param("version", String.valueOf(high.getVersion()), String.valueOf(low.getVersion())))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("success", "assignment.assigned"));
        assertThat(data.reload(high.getId()).getOwnerId()).isEqualTo(agent.id());
        assertThat(data.reload(low.getId()).getOwnerId()).isEqualTo(second.id());
    }
}
