package csms.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.customer.CustomerArchive;
import csms.customer.CustomerFilter;
import csms.customer.CustomerRow;
import csms.identity.SignedInUser;
import csms.shared.PageQuery;
import csms.shared.Role;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The agent workspace pages as the agent's browser gets them: queues, registration, promises, the call record sheet. */
@IntegrationTest
class ServiceDeskPagesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CustomerArchive archive;
    @Autowired
    ServiceRequests requests;
    @Autowired
    RequestTasks tasks;
    @Autowired
    JdbcClient jdbc;

    long team;
    SignedInUser agent;
    SignedInUser supervisor;

    @BeforeEach
    void setUp() {
        team = fixtures.department();
        agent = fixtures.user(team, Role.AGENT);
        supervisor = fixtures.user(team, Role.SUPERVISOR);
    }

    @Test
    void myQueueListsMyRequestsWithCountsMarksAndComplaintStageAndFiltersByType() throws Exception {
        long big = ServiceTestData.customer(archive, supervisor, "页面大客户", true, false);
        long plain = ServiceTestData.customer(archive, agent, "页面普通客户", false, false);
        register(agent, ServiceTestData.consultation(plain, "咨询检测周期" + tag()));
        RequestDetails complaint = register(agent, ServiceTestData.complaint(big, "投诉报告延误" + tag(), Severity.MAJOR, true));

        String page = html(get("/requests").with(Fixtures.as(agent)));
        assertThat(page).contains("咨询检测周期", "投诉报告延误", "大客户", "待判定", "危机事件", "重大投诉")
                .contains("hx-trigger=\"every 30s, desk-refresh from:body\"");
        assertThat(count(page, "MINE")).isEqualTo(2);
        assertThat(count(page, "TEAM")).isEqualTo(2);
        assertThat(page.indexOf("投诉报告延误")).as("big customers first").isLessThan(page.indexOf("咨询检测周期"));

        String complaints = html(get("/requests").param("queue", "MINE").param("type", "COMPLAINT")
                .with(Fixtures.as(agent)));
        assertThat(complaints).contains("投诉报告延误", "data-request=\"" + complaint.id() + "\"")
                .doesNotContain("咨询检测周期");

        String none = html(get("/requests").param("q", "没有这样的主题").with(Fixtures.as(agent)));
        assertThat(none).contains("data-empty", "没有符合筛选条件的请求");
    }

    @Test
    void sortingByPriorityPutsUrgentFirstAndLowLast() throws Exception {
        long customer = ServiceTestData.customer(archive, agent, "优先级客户", false, false);
        for (Priority p : List.of(Priority.LOW, Priority.URGENT, Priority.NORMAL, Priority.HIGH)) {
            register(agent, new RequestDraft(RequestType.QUERY, Channel.EMAIL, customer, "优先级-" + p, null, p, null,
                    null, false, null, null, null));
        }
        String page = html(get("/requests").param("sort", "-priority").with(Fixtures.as(agent)));
        assertThat(List.of("优先级-URGENT", "优先级-HIGH", "优先级-NORMAL", "优先级-LOW"))
                .isSortedAccordingTo(java.util.Comparator.comparingInt(page::indexOf));
        assertThat(page).contains("bi-caret-down-fill");
    }

    @Test
    void theLiveListIsAFragmentWithoutTheLayoutAndKeepsAChineseSearchInItsLinks() throws Exception {
        long customer = ServiceTestData.customer(archive, agent, "片段客户", false, false);
        register(agent, ServiceTestData.consultation(customer, "片段刷新测试"));
        String fragment = html(get("/requests?queue=TEAM&q={q}", "片段刷新").header("HX-Request", "true")
                .with(Fixtures.as(agent)));
        assertThat(fragment).contains("id=\"desk-live\"", "片段刷新测试", "data-live")
                .doesNotContain("navbar", "<html");
        String encoded = "q=%E7%89%87%E6%AE%B5%E5%88%B7%E6%96%B0";
        assertThat(fragment).contains("hx-get=\"/requests?" + encoded + "&amp;queue=TEAM\"",
                        "/requests?" + encoded + "&amp;queue=MINE\"", encoded + "&amp;sort=due")
                .doesNotContain("%25E7");
    }

    @Test
    void anAgentHasNoEscalatedTabButTheSupervisorHas() throws Exception {
        String agentPage = html(get("/requests").with(Fixtures.as(agent)));
        assertThat(agentPage).contains("data-queue=\"MINE\"", "data-queue=\"UNASSIGNED\"", "data-queue=\"ALL\"")
                .doesNotContain("data-queue=\"ESCALATED\"");
        String asked = html(get("/requests").param("queue", "ESCALATED").with(Fixtures.as(agent)));
        assertThat(asked).contains("aria-current=\"page\" data-queue=\"MINE\"").doesNotContain("data-queue=\"ESCALATED\"");
        assertThat(html(get("/requests").with(Fixtures.as(supervisor)))).contains("data-queue=\"ESCALATED\"");
        mvc.perform(get("/requests").with(Fixtures.as(fixtures.user(Role.ADMIN)))).andExpect(status().isForbidden());
    }

    @Test
    void aSubjectWithMarkupIsShownAsTextEverywhere() throws Exception {
        String phone = mobile();
        long customer = ServiceTestData.customer(archive, agent, "转义客户", phone, false, false);
        register(agent, ServiceTestData.consultation(customer, "<script>alert('xss')</script>"));
        String escaped = "&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;";
        assertThat(html(get("/requests").with(Fixtures.as(agent)))).contains(escaped).doesNotContain("<script>alert");
        assertThat(html(get("/requests/caller").param("callerPhone", phone).with(Fixtures.as(agent))))
                .contains(escaped).doesNotContain("<script>alert");
    }

    @Test
    void anAgentTakesAnUnassignedRequestOfTheTeamAndAStaleTakeIsRefused() throws Exception {
        long customer = ServiceTestData.customer(archive, agent, "领取客户", false, false);
        RequestDetails r = register(agent, ServiceTestData.consultation(customer, "待领取请求" + tag()));
        RequestDetails queued = Fixtures.as(supervisor, () -> requests.assign(r.id(), team, null, r.version()));
        SignedInUser colleague = fixtures.user(team, Role.AGENT);

        String unassigned = html(get("/requests").param("queue", "UNASSIGNED").with(Fixtures.as(colleague)));
        assertThat(unassigned).contains("待领取请求", "/requests/" + r.id() + "/take", "领取");

        mvc.perform(post("/requests/{id}/take", r.id()).param("version", String.valueOf(queued.version()))
                        .param("departmentId", String.valueOf(team)).header("HX-Request", "true")
                        .with(Fixtures.as(colleague)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Trigger", "desk-refresh"))
                .andExpect(content().string(allOf(containsString("alert-success"), containsString("已领取该请求"))));
        assertThat(Fixtures.as(colleague, () -> requests.view(r.id())).assigneeId()).isEqualTo(colleague.id());

        mvc.perform(post("/requests/{id}/take", r.id()).param("version", String.valueOf(queued.version()))
                        .param("departmentId", String.valueOf(team)).param("back", "/requests?queue=UNASSIGNED")
                        .with(Fixtures.as(fixtures.user(team, Role.AGENT))).with(csrf()))
                .andExpect(redirectedUrl("/requests?queue=UNASSIGNED"))
                .andExpect(flash().attribute("error", "servicedesk.take-stale"));
    }

    @Test
    void badInputReRendersTheFormWithWhatWasTypedAndAFreshLookup() throws Exception {
        String phone = mobile();
        ServiceTestData.customer(archive, agent, "重填客户", phone, false, false);
        mvc.perform(get("/requests/new").with(Fixtures.as(agent)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"formToken\""),
                        containsString("keyup changed delay:300ms"), containsString("hx-get=\"/requests/caller\""))));
        String page = html(post("/requests").with(Fixtures.as(agent)).with(csrf())
                .param("formToken", UUID.randomUUID().toString()).param("callerPhone", phone)
                .param("type", "QUERY").param("channel", "EMAIL").param("subject", "")
                .param("description", "保留的详细内容").param("tags", "报告 进度"));
        assertThat(page).contains("保留的详细内容", "value=\"报告 进度\"", "value=\"" + phone + "\"", "is-invalid",
                "data-error=\"customerId\"", "请先查找并选择来电客户", "重填客户")
                .containsPattern("value=\"QUERY\"[^>]*checked")
                .containsPattern("value=\"EMAIL\"[^>]*selected");
    }

    @Test
    void aComplaintNeedsItsAcceptanceFieldsAllNamedAtOnce() throws Exception {
        long customer = ServiceTestData.customer(archive, agent, "投诉字段客户", false, false);
        String subject = "缺少受理信息的投诉" + tag();
        String page = html(post("/requests").with(Fixtures.as(agent)).with(csrf())
                .param("formToken", UUID.randomUUID().toString()).param("customerId", String.valueOf(customer))
                .param("customerName", "投诉字段客户").param("type", "COMPLAINT").param("channel", "PHONE")
                .param("subject", subject).param("priority", "HIGH"));
        assertThat(page).contains("data-error=\"severity\"", "data-error=\"complainant\"", "data-error=\"customerWants\"",
                "data-selected", "投诉字段客户");
        assertThat(found(subject)).isEmpty();

        MvcResult done = mvc.perform(post("/requests").with(Fixtures.as(agent)).with(csrf())
                        .param("formToken", UUID.randomUUID().toString()).param("customerId", String.valueOf(customer))
                        .param("type", "COMPLAINT").param("channel", "PHONE").param("subject", subject)
                        .param("severity", "GENERAL").param("crisis", "true").param("complainant", "王先生")
                        .param("customerWants", "三天内出具报告"))
                .andExpect(redirectedUrlPattern("/requests/*")).andReturn();
        RequestDetails created = Fixtures.as(agent, () -> requests.view(idOf(done)));
        assertThat(created.complaint().complainant()).isEqualTo("王先生");
        assertThat(created.complaint().crisis()).as("a general complaint is never a crisis").isFalse();
    }

    @Test
    void theSameFormPostedTwiceRegistersOneRequestAndLeadsBothTimesToIt() throws Exception {
        long customer = ServiceTestData.customer(archive, agent, "重复提交客户", false, false);
        String subject = "重复提交的咨询" + tag();
        String token = UUID.randomUUID().toString();
        MvcResult first = mvc.perform(consultationForm(customer, subject, token)).andReturn();
        assertThat(first.getResponse().getRedirectedUrl()).matches("/requests/\\d+");
        mvc.perform(consultationForm(customer, subject, token))
                .andExpect(redirectedUrl(first.getResponse().getRedirectedUrl()))
                .andExpect(flash().attribute("success", "servicedesk.registered-before"));
        assertThat(found(subject)).hasSize(1);

        String together = "同时提交的咨询" + tag();
        String sameToken = UUID.randomUUID().toString();
        var a = CompletableFuture.supplyAsync(() -> redirect(consultationForm(customer, together, sameToken)));
        var b = CompletableFuture.supplyAsync(() -> redirect(consultationForm(customer, together, sameToken)));
        assertThat(a.get()).matches("/requests/\\d+").isEqualTo(b.get());
        assertThat(found(together)).hasSize(1);
    }

    @Test
    void anUnknownNumberOffersToRegisterTheCallerWhoIsThenSelected() throws Exception {
        String phone = mobile();
        assertThat(html(get("/requests/caller").param("callerPhone", phone.substring(0, 2)).with(Fixtures.as(agent))))
                .contains("请至少输入 3 位数字");
        assertThat(html(get("/requests/caller").param("callerPhone", "1360000").with(Fixtures.as(agent))))
                .doesNotContain("data-new-customer");
        assertThat(html(get("/requests/caller").param("callerPhone", phone).with(Fixtures.as(agent))))
                .contains("data-unknown-caller", "data-new-customer", "没有客户使用这个号码", "hx-post=\"/requests/caller\"");

        String refused = html(post("/requests/caller").param("callerPhone", phone).param("newCustomerName", " ")
                .with(Fixtures.as(agent)).with(csrf()));
        assertThat(refused).contains("data-new-customer", "请填写客户姓名");

        String selected = html(post("/requests/caller").param("callerPhone", phone).param("newCustomerName", "新来电客户")
                .param("newCustomerSalutation", "MS").param("channel", "PHONE").with(Fixtures.as(agent)).with(csrf()));
        List<CustomerRow> stored = Fixtures.as(agent, () -> archive.list(CustomerFilter.text(phone),
                PageQuery.of(0, 5, null)).getContent());
        assertThat(stored).singleElement().satisfies(c -> assertThat(c.name()).isEqualTo("新来电客户"));
        assertThat(selected).contains("data-selected", "name=\"customerId\" value=\"" + stored.getFirst().id() + "\"",
                "已新建客户档案", "该客户没有未完成的请求");

        String lookup = html(get("/requests/caller").param("callerPhone", phone.substring(3)).with(Fixtures.as(agent)));
        assertThat(lookup).contains("新来电客户", "data-select-customer").doesNotContain("data-new-customer");
    }

    @Test
    void aFoundCallerComesWithTheirOpenRequests() throws Exception {
        String phone = mobile();
        long customer = ServiceTestData.customer(archive, supervisor, "老客户", phone, true, false);
        RequestDetails open = register(agent, ServiceTestData.consultation(customer, "上次没解决的问题"));
        String page = html(get("/requests/caller").param("callerPhone", phone.substring(4)).with(Fixtures.as(agent)));
        assertThat(page).contains("老客户", "大客户", "上次没解决的问题", "/requests/" + open.id(), "该客户有 1 个未完成的请求",
                        "aria-label=\"选择客户 老客户\"")
                .doesNotContain(phone);
        String chosen = html(get("/requests/caller").param("callerPhone", phone).param("customerId", String.valueOf(customer))
                .with(Fixtures.as(agent)));
        assertThat(chosen).contains("data-selected", "name=\"customerId\" value=\"" + customer + "\"", "上次没解决的问题");
    }

    @Test
    void promisesShowOverdueInRedAndAreKeptInPlace() throws Exception {
        long customer = ServiceTestData.customer(archive, agent, "承诺客户", false, false);
        RequestDetails r = register(agent, ServiceTestData.consultation(customer, "承诺回电的咨询"));
        PromiseView late = Fixtures.as(agent, () -> tasks.promise(r.id(), "明天上午回电告知结果" + tag(),
                Instant.now().plus(Duration.ofHours(2))));
        jdbc.sql("update request_promise set due_at = ? where id = ?").param(Instant.now().minus(Duration.ofHours(1))
                .atOffset(java.time.ZoneOffset.UTC)).param(late.id()).update();

        String page = html(get("/requests/promises").with(Fixtures.as(agent)));
        assertThat(page).contains(late.description(), "data-promise=\"" + late.id() + "\" data-overdue=\"true\"",
                "table-danger", "/requests/promises/" + late.id() + "/keep");
        assertThat(html(get("/requests/promises").with(Fixtures.as(supervisor)))).contains(late.description(), "用户");
        assertThat(html(get("/").with(Fixtures.as(agent)))).contains("data-panel=\"requests\"", late.description());

        mvc.perform(post("/requests/promises/{id}/keep", late.id()).param("version", String.valueOf(late.version()))
                        .header("HX-Request", "true").with(Fixtures.as(agent)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-kept"), containsString("兑现"))));
        mvc.perform(post("/requests/promises/{id}/keep", late.id()).param("version", String.valueOf(late.version()))
                        .header("HX-Request", "true").with(Fixtures.as(agent)).with(csrf()))
                .andExpect(content().string(allOf(not(containsString("data-kept")), containsString("role=\"alert\""))));
        assertThat(html(get("/requests/promises").with(Fixtures.as(agent)))).doesNotContain(late.description());
    }

    @Test
    void theDepartmentAnswersAReferredQuestionOnItsInboxLine() throws Exception {
        long lab = fixtures.department();
        SignedInUser labStaff = fixtures.user(lab, Role.AGENT);
        long customer = ServiceTestData.customer(archive, agent, "转部门客户", false, false);
        RequestDetails r = register(agent, ServiceTestData.consultation(customer, "需要实验室答复的问题"));
        ReferralView question = Fixtures.as(agent, () -> tasks.refer(r.id(), "样品复检需要几天？" + tag(), lab));

        assertThat(html(get("/requests/referrals").with(Fixtures.as(agent)))).doesNotContain(question.question());
        String inbox = html(get("/requests/referrals").with(Fixtures.as(labStaff)));
        assertThat(inbox).contains(question.question(), "需要实验室答复的问题", "/requests/referrals/" + question.id() + "/answer");

        mvc.perform(post("/requests/referrals/{id}/answer", question.id()).param("version", String.valueOf(question.version()))
                        .param("answer", "  ").header("HX-Request", "true").with(Fixtures.as(labStaff)).with(csrf()))
                .andExpect(content().string(allOf(containsString("is-invalid"), containsString("referral-answer"))));
        mvc.perform(post("/requests/referrals/{id}/answer", question.id()).param("version", String.valueOf(question.version()))
                        .param("answer", "复检需要三个工作日").header("HX-Request", "true").with(Fixtures.as(labStaff)).with(csrf()))
                .andExpect(content().string(allOf(containsString("data-answered"), containsString("复检需要三个工作日"))));
        assertThat(Fixtures.as(agent, () -> requests.view(r.id())).status()).isEqualTo(RequestStatus.OPEN);
        assertThat(html(get("/requests/referrals").with(Fixtures.as(labStaff)))).doesNotContain(question.question());
    }

    @Test
    void theHomePageShowsTheAgentsQueueCountsAndLinksThemToTheDesk() throws Exception {
        long customer = ServiceTestData.customer(archive, agent, "首页客户", false, false);
        register(agent, ServiceTestData.consultation(customer, "首页计数"));
        String home = html(get("/").with(Fixtures.as(agent)));
        assertThat(home).contains("data-panel=\"requests\"", "href=\"/requests?queue=MINE\"", "/requests/new")
                .doesNotContain("queue=ESCALATED");
        assertThat(count(home, "MINE")).isEqualTo(1);
        assertThat(html(get("/").with(Fixtures.as(supervisor)))).contains("queue=ESCALATED");
        assertThat(html(get("/").with(Fixtures.as(fixtures.user(Role.ADMIN))))).doesNotContain("data-panel=\"requests\"");
        assertThat(home).contains("href=\"/requests\"").contains("服务请求");
    }

    private MockHttpServletRequestBuilder consultationForm(long customer, String subject, String token) {
        return post("/requests").with(Fixtures.as(agent)).with(csrf()).param("formToken", token)
                .param("customerId", String.valueOf(customer)).param("type", "CONSULTATION").param("channel", "PHONE")
                .param("subject", subject).param("priority", "NORMAL");
    }

    private String redirect(MockHttpServletRequestBuilder request) {
        try {
            return mvc.perform(request).andReturn().getResponse().getRedirectedUrl();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<RequestRow> found(String subject) {
        return Fixtures.as(agent, () -> requests.list(new RequestFilter(Queue.ALL, subject, null, null, null, null,
                null, null, null, null), PageQuery.of(0, 10, null)).getContent());
    }

    private RequestDetails register(SignedInUser as, RequestDraft draft) {
        return Fixtures.as(as, () -> requests.register(draft));
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The count badge of a queue tab or home page button. */
    private static long count(String html, String queue) {
        Matcher m = Pattern.compile("data-queue=\"" + queue + "\".*?data-count[^>]*>(\\d+)<", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("count of " + queue).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static long idOf(MvcResult result) {
        String url = result.getResponse().getRedirectedUrl();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    private static String mobile() {
        return "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private static String tag() {
        return " " + Long.toString(System.nanoTime() % 1_000_000, 36);
    }
}
