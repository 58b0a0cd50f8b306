package csms.service;

import static csms.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import csms.audit.AuditEntry;
import csms.audit.AuditQuery;
import csms.audit.AuditTrail;
import csms.customer.CustomerArchive;
import csms.customer.CustomerAssignment;
import csms.identity.SignedInUser;
import csms.shared.Role;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import csms.testing.XlsxText;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The workspace export (SVC-2): the queue with its filters, streamed, audited, without what the viewer may not see. */
@IntegrationTest
class RequestExportIT {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CustomerArchive archive;
    @Autowired
    CustomerAssignment assignment;
    @Autowired
    ServiceRequests requests;
    @Autowired
    AuditTrail audit;
    @Autowired
    MockMvc mvc;

    @Test
    void anAgentExportsTheirQueueWithTheFiltersShownAndNothingOfAnotherTeamsConfidentialCustomer() throws Exception {
        long teamA = fixtures.department();
        long teamB = fixtures.department();
        SignedInUser agentA = fixtures.user(teamA, Role.AGENT);
        SignedInUser agentB = fixtures.user(teamB, Role.AGENT);
        SignedInUser manager = fixtures.user(Role.DEPT_MANAGER);
        String tag = "导出" + System.nanoTime();
        long open = ServiceTestData.customer(archive, agentB, "公开客户", false, false);
        long secret = ServiceTestData.confidentialCustomer(archive, manager, "保密客户");
        as(manager, () -> assignment.assign(List.of(secret), agentA.id()));
        as(agentB, () -> requests.register(ServiceTestData.consultation(open, "=HYPERLINK(\"x\")" + tag)));
        as(agentB, () -> requests.register(ServiceTestData.consultation(open, "第二个" + tag)));
        long confidential = as(agentA, () -> requests.register(ServiceTestData.consultation(secret, "保密" + tag))).id();
        as(manager, () -> requests.assign(confidential, teamB, agentB.id(),
                requests.view(confidential).version())); // the assignee sees it, their team does not

        List<List<String>> rows = XlsxText.firstSheet(download(get("/requests/export").param("queue", "MINE")
                .param("q", tag).param("format", "xlsx").with(Fixtures.as(agentB))).getContentAsByteArray());
        assertThat(rows.get(0)).startsWith("编号", "类型", "渠道", "客户", "大客户", "重要协议客户", "主题")
                .contains("处理人", "处理期限", "登记时间");
        assertThat(rows).hasSize(4);
        assertThat(rows.stream().map(r -> r.get(6))).contains("'=HYPERLINK(\"x\")" + tag, "第二个" + tag, "保密" + tag);
        assertThat(rows.get(1).get(1)).isEqualTo("咨询");

        // a colleague of the assignee's team sees neither the confidential request in the list nor in the export
        SignedInUser colleagueB = fixtures.user(teamB, Role.AGENT);
        MockHttpServletResponse csv = download(get("/requests/export").param("queue", "TEAM").param("q", tag)
                .param("format", "csv").with(Fixtures.as(colleagueB)));
        assertThat(csv.getContentType()).startsWith("text/csv");
        String text = csv.getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).contains("第二个" + tag).doesNotContain("保密" + tag);
        assertThat(as(colleagueB, () -> requests.list(new RequestFilter(Queue.TEAM, tag, null, null, null, null, null,
                null, null, null), csms.shared.PageQuery.of(0, 20, null))).getTotalElements()).isEqualTo(2);

        assertThat(exportsOf(agentB)).singleElement()
                .satisfies(e -> assertThat(e.getSummary()).contains("rows=3", "queue=MINE", "q=" + tag));
        assertThat(exportsOf(colleagueB)).singleElement()
                .satisfies(e -> assertThat(e.getSummary()).contains("rows=2", "format=csv"));
    }

    @Test
    void theWorkspaceOffersTheExportOfTheQueueAndFiltersShown() throws Exception {
        SignedInUser agent = fixtures.user(fixtures.department(), Role.AGENT);
        long customer = ServiceTestData.customer(archive, agent, "导出链接客户", false, false);
        as(agent, () -> requests.register(ServiceTestData.consultation(customer, "导出链接")));
        String page = mvc.perform(get("/requests").param("queue", "MINE").param("q", "导出链接")
                .with(Fixtures.as(agent))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("href=\"/requests/export?q=%E5%AF%BC%E5%87%BA%E9%93%BE%E6%8E%A5&amp;queue=MINE&amp;format=xlsx\"");
    }

    private MockHttpServletResponse download(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult started = mvc.perform(request.header("Accept-Language", "zh-CN")).andReturn();
        assertThat(started.getRequest().isAsyncStarted()).as("streamed").isTrue();
        MockHttpServletResponse response = mvc.perform(asyncDispatch(started)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response;
    }

    private List<AuditEntry> exportsOf(SignedInUser user) {
        return audit.find(new AuditQuery(user.getUsername(), "service.exported", "ServiceRequest", null, null, null),
                PageRequest.of(0, 20)).getContent();
    }
}
