package csms.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.customer.internal.CustomerRepository;
import csms.identity.SignedInUser;
import csms.shared.PageQuery;
import csms.shared.Role;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.hamcrest.Matchers;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The monthly information refresh (CUS-2): records not updated for the configured days are due until confirmed. */
@IntegrationTest
class ArchiveRefreshIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CustomerArchive archive;
    @Autowired
    CustomerAssignment assignment;
    @Autowired
    ArchiveRefresh refresh;
    @Autowired
    CustomerRepository customers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EntityManager entityManager;
    @Autowired
    TransactionTemplate tx;

    SignedInUser supervisor;
    SignedInUser agent;

    @BeforeEach
    void team() {
        long dept = fixtures.department();
        supervisor = fixtures.user(dept, Role.SUPERVISOR);
        agent = fixtures.user(dept, Role.AGENT);
    }

    @Test
    void aRecordUntouchedForLongerThanTheRefreshPeriodIsDueUntilItsOwnerConfirmsIt() throws Exception {
        CustomerDetails stale = ownedCustomer("待更新客户");
        CustomerDetails fresh = ownedCustomer("新近客户");
        age(stale.id(), Duration.ofDays(31));

        assertThat(refresh.dueCount(agent.id())).isEqualTo(1);
        assertThat(dueIds()).contains(stale.id()).doesNotContain(fresh.id());
        mvc.perform(get("/").with(Fixtures.as(agent))).andExpect(content().string(Matchers.containsString("data-panel=\"refresh\"")));

        long version = customers.findById(stale.id()).orElseThrow().getVersion();
        mvc.perform(post("/customers/{id}/refresh", stale.id()).with(Fixtures.as(agent)).with(csrf())
                .param("version", String.valueOf(version))).andExpect(redirectedUrl("/customers/" + stale.id()));

        assertThat(refresh.dueCount(agent.id())).isZero();
        assertThat(dueIds()).doesNotContain(stale.id());
        assertThat(Fixtures.as(supervisor, () -> archive.history(stale.id(), PageQuery.of(0, 20, null))).getContent())
                .anySatisfy(h -> assertThat(h.action()).isEqualTo("customer.refreshed"));
    }

    @Test
    void theApiRefusesAStaleVersionAndAMissingOne() throws Exception {
        CustomerDetails c = ownedCustomer("接口核实客户");
        long version = customers.findById(c.id()).orElseThrow().getVersion();
        mvc.perform(post("/api/v1/customers/{id}/refresh", c.id()).with(Fixtures.as(agent))
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + (version + 5) + "}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.type").value("urn:csms:problem:conflict"));
        mvc.perform(post("/api/v1/customers/{id}/refresh", c.id()).with(Fixtures.as(agent))
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(post("/api/v1/customers/{id}/refresh", c.id()).with(Fixtures.as(agent))
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + version + "}"))
                .andExpect(status().isNoContent());
    }

    @Test
    void onlySomeoneWhoMayEditTheRecordCanConfirmIt() throws Exception {
        CustomerDetails c = ownedCustomer("他人客户");
        SignedInUser otherAgent = fixtures.user(fixtures.department(), Role.AGENT);
        long version = customers.findById(c.id()).orElseThrow().getVersion();
        mvc.perform(post("/api/v1/customers/{id}/refresh", c.id()).with(Fixtures.as(otherAgent))
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + version + "}"))
                .andExpect(status().isForbidden());
    }

    private CustomerDetails ownedCustomer(String name) {
        CustomerDetails d = Fixtures.as(supervisor,
                () -> archive.register(CustomerTestData.person(name + System.nanoTime(), CustomerTestData.mobile())));
        Fixtures.as(supervisor, () -> assignment.assign(List.of(d.id()), agent.id()));
        return d;
    }

    /** As if the record had last been updated this long ago: the row and its index entry. */
    private void age(long id, Duration ago) {
        jdbc.sql("update customer set updated_at = :t where id = :id")
                .param("t", Instant.now().minus(ago).atOffset(ZoneOffset.UTC)).param("id", id).update();
        tx.executeWithoutResult(s -> Search.session(entityManager).indexingPlan()
                .addOrUpdate(customers.findById(id).orElseThrow()));
    }

    private List<Long> dueIds() {
        var filter = CustomerFilter.of(null, null, null, null, null, "me", null, agent.id()).dueForRefresh();
        return Fixtures.as(agent, () -> archive.list(filter, PageQuery.of(0, 100, null))).map(CustomerRow::id).getContent();
    }
}
