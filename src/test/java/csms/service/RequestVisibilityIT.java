package csms.service;

import static csms.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.customer.CustomerArchive;
import csms.customer.CustomerAssignment;
import csms.identity.SignedInUser;
import csms.shared.NotFoundException;
import csms.shared.PageQuery;
import csms.shared.Role;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** CUS-6 for requests: a confidential customer's requests are known only to the owner's team and managers. */
@IntegrationTest
class RequestVisibilityIT {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CustomerArchive archive;
    @Autowired
    CustomerAssignment assignment;
    @Autowired
    ServiceRequests requests;
    @Autowired
    MockMvc mvc;

    @Test
    void aConfidentialCustomersRequestsFollowTheOwnersTeam() throws Exception {
        long teamA = fixtures.department();
        long teamB = fixtures.department();
        SignedInUser supervisorA = fixtures.user(teamA, Role.SUPERVISOR);
        SignedInUser agentA = fixtures.user(teamA, Role.AGENT);
        SignedInUser colleagueA = fixtures.user(teamA, Role.AGENT);
        SignedInUser agentB = fixtures.user(teamB, Role.AGENT);
        SignedInUser manager = fixtures.user(Role.DEPT_MANAGER);
        long customer = ServiceTestData.confidentialCustomer(archive, supervisorA, "保密客户");
        as(manager, () -> assignment.assign(List.of(customer), agentA.id()));

        long id = as(agentA, () -> requests.register(ServiceTestData.consultation(customer, "保密咨询"))).id();
        assertThat(as(colleagueA, () -> requests.view(id)).subject()).isEqualTo("保密咨询");
        assertThat(as(manager, () -> requests.view(id)).id()).isEqualTo(id);
        assertThatThrownBy(() -> as(agentB, () -> requests.view(id))).isInstanceOf(NotFoundException.class);
        assertThat(as(agentB, () -> requests.list(new RequestFilter(Queue.ALL, "保密咨询", null, null, null, null,
                null, null, null, null), PageQuery.of(0, 100, null))).getTotalElements()).isZero();
        assertThat(as(agentB, () -> requests.openOfCustomer(customer))).isEmpty();
        assertThatThrownBy(() -> as(agentB, () -> requests.register(ServiceTestData.consultation(customer, "越权"))))
                .isInstanceOf(NotFoundException.class);

        as(manager, () -> assignment.assign(List.of(customer), agentB.id()));
        assertThat(as(agentB, () -> requests.view(id)).subject()).isEqualTo("保密咨询");
        assertThat(as(agentA, () -> requests.view(id)).subject()).as("still the assignee").isEqualTo("保密咨询");
        assertThatThrownBy(() -> as(colleagueA, () -> requests.view(id))).isInstanceOf(NotFoundException.class);
        mvc.perform(get("/api/v1/requests/{id}/attachments", id).with(Fixtures.as(colleagueA)))
                .andExpect(status().isNotFound());
    }
}
