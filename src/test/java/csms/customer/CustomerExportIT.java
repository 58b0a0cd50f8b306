package csms.customer;

import static csms.customer.CustomerSheets.cell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import csms.audit.AuditEntry;
import csms.audit.AuditQuery;
import csms.audit.AuditTrail;
import csms.identity.ApiTokens;
import csms.identity.SignedInUser;
import csms.shared.Role;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Exporting the customer list (CUS-1, CUS-6): the list's filters, Chinese headers, formula-like text neutralised,
 * contact data in full only where the exporter may see the record in full, streamed and audited.
 */
@IntegrationTest
class CustomerExportIT {

    static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"点我\")";
    static final String PLUS = "+86 13812345678";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CustomerArchive archive;
    @Autowired
    CustomerAssignment assignment;
    @Autowired
    AuditTrail audit;
    @Autowired
    ApiTokens tokens;

    String tag;
    SignedInUser supervisor;
    SignedInUser agent;
    String ownPhone = CustomerTestData.mobile();
    String othersPhone = CustomerTestData.mobile();
    String unassignedPhone = CustomerTestData.mobile();

    /** Three customers of one company: one owned by the agent, one by an agent of another team, one unassigned. */
    @BeforeEach
    void customers() {
        tag = "导出核对" + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
        long department = fixtures.department();
        supervisor = fixtures.user(department, Role.SUPERVISOR);
        agent = fixtures.user(department, Role.AGENT);
        SignedInUser otherAgent = fixtures.user(Role.AGENT);
        SignedInUser manager = fixtures.user(Role.DEPT_MANAGER);
        long own = register(manager, HYPERLINK, ownPhone);
        long others = register(manager, PLUS, othersPhone);
        register(manager, "未分配" + tag, unassignedPhone);
        Fixtures.as(manager, () -> assignment.assign(List.of(own), agent.id()));
        Fixtures.as(manager, () -> assignment.assign(List.of(others), otherAgent.id()));
    }

    long register(SignedInUser as, String name, String phone) {
        return Fixtures.as(as, () -> archive.register(CustomerTestData.organisation(name, tag, phone))).id();
    }

    MockHttpServletResponse download(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult started = mvc.perform(request.header("Accept-Language", "zh-CN")).andReturn();
        assertThat(started.getRequest().isAsyncStarted()).as("streamed").isTrue();
        MockHttpServletResponse response = mvc.perform(asyncDispatch(started)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response;
    }

    int rowOf(List<List<String>> rows, String name) {
        for (int r = 1; r < rows.size(); r++) {
            if (cell(rows, r, "客户名称").equals(name)) {
                return r;
            }
        }
        throw new AssertionError("No row named " + name + " in " + rows);
    }

    List<AuditEntry> exportsOf(SignedInUser user) {
        return audit.find(new AuditQuery(user.getUsername(), "customer.exported", "Customer", null, null, null),
                PageRequest.of(0, 20)).getContent();
    }

    static String masked(String phone) {
        return phone.substring(0, 3) + "****" + phone.substring(7);
    }

    @Test
    void anAgentsExportHasChineseHeadersNeutralisedFormulasAndFullContactDataOnlyForOwnCustomers() throws Exception {
        MockHttpServletResponse response = download(get("/customers/export").param("format", "xlsx").param("q", tag)
                .with(Fixtures.as(agent)));

        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        assertThat(response.getHeader("Content-Disposition"))
                .endsWith("filename*=UTF-8''%E5%AE%A2%E6%88%B7%E6%A1%A3%E6%A1%88-" + today + ".xlsx");
        List<List<String>> rows = CustomerSheets.readXlsx(response.getContentAsByteArray());
        assertThat(rows.get(0)).startsWith("客户名称", "类型", "称呼", "单位/公司", "电话", "电子邮箱", "地址")
                .contains("客户等级", "会员客户", "大客户", "重要协议客户", "负责客服", "年销售额(元)", "业务潜力(1–5)",
                        "建档时间", "更新时间", "资料完整");
        assertThat(rows).hasSize(4);

        int own = rowOf(rows, "'" + HYPERLINK);
        assertThat(cell(rows, own, "电话")).isEqualTo(ownPhone + "(总机)");
        assertThat(cell(rows, own, "电子邮箱")).isEqualTo("info@example.cn");
        assertThat(cell(rows, own, "地址")).isEqualTo("上海市浦东新区世纪大道100号");
        assertThat(cell(rows, own, "负责客服")).isEqualTo(agent.displayName());
        assertThat(cell(rows, own, "类型")).isEqualTo("单位");
        assertThat(cell(rows, own, "来源")).isEqualTo("业务员拜访");
        assertThat(cell(rows, own, "客户等级")).isEqualTo("B");
        assertThat(cell(rows, own, "大客户")).isEqualTo("否");
        assertThat(new java.math.BigDecimal(cell(rows, own, "年销售额(元)"))).isEqualByComparingTo("350000");

        int others = rowOf(rows, "'" + PLUS);
        assertThat(cell(rows, others, "电话")).isEqualTo(masked(othersPhone) + "(总机)");
        assertThat(cell(rows, others, "电子邮箱")).isEqualTo("i***@example.cn");
        assertThat(cell(rows, others, "地址")).isEqualTo("上海市浦东新****");
        int unassigned = rowOf(rows, "未分配" + tag);
        assertThat(cell(rows, unassigned, "电话")).isEqualTo(masked(unassignedPhone) + "(总机)");

        assertThat(new String(response.getContentAsByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(othersPhone, unassignedPhone);
        assertThat(exportsOf(agent)).singleElement()
                .satisfies(e -> assertThat(e.getSummary()).isEqualTo("rows=3, format=xlsx, filters: q=" + tag));
    }

    @Test
    void theExportFollowsTheListFiltersAndASupervisorSeesTheTeamAndUnassignedInFull() throws Exception {
        List<List<String>> mine = CustomerSheets.readXlsx(download(get("/customers/export").param("q", tag)
                .param("owner", "me").param("grade", "").param("member", "").with(Fixtures.as(agent)))
                .getContentAsByteArray());
        assertThat(mine).hasSize(2);
        assertThat(cell(mine, 1, "客户名称")).isEqualTo("'" + HYPERLINK);

        List<List<String>> team = CustomerSheets.readXlsx(download(get("/customers/export").param("q", tag)
                .with(Fixtures.as(supervisor))).getContentAsByteArray());
        assertThat(cell(team, rowOf(team, "'" + HYPERLINK), "电话")).isEqualTo(ownPhone + "(总机)");
        assertThat(cell(team, rowOf(team, "未分配" + tag), "电话")).isEqualTo(unassignedPhone + "(总机)");
        assertThat(cell(team, rowOf(team, "'" + PLUS), "电话")).isEqualTo(masked(othersPhone) + "(总机)");
        assertThat(exportsOf(agent)).singleElement()
                .satisfies(e -> assertThat(e.getSummary()).contains("q=" + tag, "owner=" + agent.id()));
    }

    @Test
    void theApiExportsCsvWithAByteOrderMarkForABearerToken() throws Exception {
        String secret = Fixtures.as(agent, () -> tokens.issue(agent.id(), "export", null)).secret();

        MockHttpServletResponse response = download(get("/api/v1/customers/export").param("format", "csv")
                .param("q", tag).header("Authorization", "Bearer " + secret));

        assertThat(response.getContentType()).startsWith("text/csv");
        byte[] body = response.getContentAsByteArray();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = CustomerSheets.readCsv(body);
        assertThat(records).hasSize(4);
        assertThat(records.get(0).get(0)).isEqualTo("客户名称");
        assertThat(records).extracting(r -> r.get(0)).contains("'" + HYPERLINK, "'" + PLUS);
        assertThat(records).extracting(r -> r.get(4)).contains(ownPhone + "(总机)", masked(othersPhone) + "(总机)");
        assertThat(exportsOf(agent)).singleElement()
                .satisfies(e -> assertThat(e.getSummary()).startsWith("rows=3, format=csv"));
    }

    @Test
    void anUnknownSortIsRefusedBeforeAnythingIsStreamed() throws Exception {
        String secret = Fixtures.as(agent, () -> tokens.issue(agent.id(), "export", null)).secret();

        MvcResult refused = mvc.perform(get("/api/v1/customers/export").param("q", tag).param("sort", "phone")
                .header("Authorization", "Bearer " + secret)).andReturn();

        assertThat(refused.getRequest().isAsyncStarted()).isFalse();
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(refused.getResponse().getContentType()).isEqualTo("application/problem+json");
        assertThat(exportsOf(agent)).isEmpty();
    }
}
