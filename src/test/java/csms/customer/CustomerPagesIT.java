package csms.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.customer.internal.CustomerRepository;
import csms.identity.SignedInUser;
import csms.shared.PageQuery;
import csms.shared.Role;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The customer pages as a browser without JavaScript sees them, plus the htmx live-search fragment. */
@IntegrationTest
class CustomerPagesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CustomerArchive archive;
    @Autowired
    CustomerRepository customers;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void listSearchesWithoutJavaScriptMarksBigCustomersAndMasksPhones() throws Exception {
        SignedInUser supervisor = fixtures.user(Role.SUPERVISOR);
        String phone = CustomerTestData.mobile();
        String name = "页面搜索" + System.nanoTime() % 100000;
        Fixtures.as(supervisor, () -> archive.register(CustomerTestData.bigCustomer(name, phone)));
        mvc.perform(get("/customers").param("q", name).param("grade", "").param("owner", "").param("incomplete", "")
                        .param("member", "").param("bigCustomer", "").param("importantAgreement", "")
                        .with(Fixtures.as(supervisor)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(name), containsString("重点对待"),
                        containsString(phone.substring(0, 3) + "****" + phone.substring(7)), not(containsString(phone)),
                        containsString("hx-get=\"/customers\""), containsString("input changed delay:300ms"),
                        containsString("<nav"))));
    }

    @Test
    void htmxRequestGetsOnlyTheResultsAndAnEmptyStateWhenNothingMatches() throws Exception {
        SignedInUser agent = fixtures.user(Role.AGENT);
        mvc.perform(get("/customers").param("q", "没有这个客户" + System.nanoTime()).header("HX-Request", "true")
                        .with(Fixtures.as(agent)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"customer-results\""),
                        containsString("empty-state"), containsString("没有符合条件的客户"), not(containsString("<nav")))));
    }

    @Test
    void registeringThroughTheFormRedirectsToTheNewRecord() throws Exception {
        SignedInUser agent = fixtures.user(Role.AGENT);
        mvc.perform(get("/customers/new").with(Fixtures.as(agent))).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"phones[0].number\"")));
        mvc.perform(post("/customers").with(Fixtures.as(agent)).with(csrf())
                        .param("kind", "PERSON").param("name", "表单客户").param("salutation", "MS")
                        .param("source", "WALK_IN").param("phones[0].number", CustomerTestData.mobile())
                        .param("phones[0].label", "手机").param("address", "广州市天河区体育西路1号")
                        .param("member", "false").param("bigCustomer", "false").param("importantAgreement", "false"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/customers/*"))
                .andExpect(flash().attribute("success", "customer.registered"));
    }

    @Test
    void badInputReRendersTheFormWithTheInputAndFieldErrors() throws Exception {
        SignedInUser agent = fixtures.user(Role.AGENT);
        mvc.perform(post("/customers").with(Fixtures.as(agent)).with(csrf())
                        .param("kind", "PERSON").param("name", "").param("source", "PHONE")
                        .param("phones[0].number", "13812345678").param("phones[1].number", "999")
                        .param("email", "not-an-email").param("address", "保留的地址"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("保留的地址"), containsString("value=\"999\""),
                        containsString("is-invalid"), containsString("不是有效的电话号码"))));
    }

    @Test
    void detailShowsFullDataToTheOwnerAndMaskedDataToOthers() throws Exception {
        SignedInUser owner = fixtures.user(Role.AGENT);
        SignedInUser other = fixtures.user(Role.AGENT);
        String phone = CustomerTestData.mobile();
        NewCustomer p = CustomerTestData.person("详情客户", phone);
        long id = Fixtures.as(owner, () -> archive.register(new NewCustomer(p.kind(), p.name(), p.salutation(), null,
                null, p.address(), null, p.source(), null, null, p.phones(), java.util.List.of(), null, null, false,
                false, false, null))).id();
        assign(id, owner.id());
        mvc.perform(get("/customers/{id}", id).with(Fixtures.as(owner)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(phone), containsString("/customers/" + id + "/contacts"),
                        containsString("联系记录"), containsString("资料不全"), containsString("要求服务情况"),
                        containsString("/customers/" + id + "/edit"), containsString("建档"))));
        mvc.perform(get("/customers/{id}", id).with(Fixtures.as(other)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString(phone)), containsString("已脱敏"),
                        not(containsString("/customers/" + id + "/edit")))));
        mvc.perform(get("/customers/{id}/edit", id).with(Fixtures.as(other))).andExpect(status().isForbidden());
    }

    @Test
    void staleEditKeepsTheInputAndSaysSomeoneElseChangedIt() throws Exception {
        SignedInUser supervisor = fixtures.user(Role.SUPERVISOR);
        CustomerDetails d = Fixtures.as(supervisor, () -> archive.register(CustomerTestData.person("并发客户", CustomerTestData.mobile())));
        mvc.perform(get("/customers/{id}/edit", d.id()).with(Fixtures.as(supervisor))).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"version\"")));
        Fixtures.as(supervisor, () -> archive.update(d.id(), CustomerTestData.withAddress(CustomerTestData.changesOf(d), "别人先改了")));
        mvc.perform(post("/customers/{id}/edit", d.id()).with(Fixtures.as(supervisor)).with(csrf())
                        .param("version", String.valueOf(d.version())).param("kind", "PERSON").param("name", "并发客户")
                        .param("source", "PHONE").param("address", "我的修改"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("已被他人修改"), containsString("我的修改"))));
        assertThat(Fixtures.as(supervisor, () -> archive.view(d.id())).address()).isEqualTo("别人先改了");
        mvc.perform(post("/customers/{id}/edit", d.id()).with(Fixtures.as(supervisor)).with(csrf())
                        .param("version", String.valueOf(d.version() + 1)).param("kind", "PERSON").param("name", "并发客户")
                        .param("source", "PHONE").param("address", "我的修改"))
                .andExpect(redirectedUrl("/customers/" + d.id()));
    }

    @Test
    void mergePagePreviewsAndMergesThenTheDuplicateRedirectsToTheSurvivor() throws Exception {
        SignedInUser supervisor = fixtures.user(Role.SUPERVISOR);
        String shared = CustomerTestData.mobile();
        String extra = CustomerTestData.mobile();
        CustomerDetails survivor = Fixtures.as(supervisor, () -> archive.register(CustomerTestData.person("页面合并", shared)));
        CustomerDetails duplicate = Fixtures.as(supervisor, () -> archive.register(CustomerTestData.person("页面合并副本", shared, extra)));
        mvc.perform(get("/customers/{id}/merge", survivor.id()).with(Fixtures.as(supervisor)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("页面合并副本")));
        mvc.perform(get("/customers/{id}/merge", survivor.id()).param("duplicate", String.valueOf(duplicate.id()))
                        .with(Fixtures.as(supervisor)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(extra), containsString("data-confirm"))));
        mvc.perform(post("/customers/{id}/merge", survivor.id()).with(Fixtures.as(supervisor)).with(csrf())
                        .param("duplicateId", String.valueOf(duplicate.id()))
                        .param("survivorVersion", String.valueOf(survivor.version()))
                        .param("duplicateVersion", String.valueOf(duplicate.version())))
                .andExpect(redirectedUrl("/customers/" + survivor.id()));
        mvc.perform(get("/customers/{id}", duplicate.id()).with(Fixtures.as(supervisor)))
                .andExpect(redirectedUrl("/customers/" + survivor.id()));
        assertThat(Fixtures.as(supervisor, () -> archive.list(CustomerFilter.text(extra), PageQuery.of(0, 5, null)))
                .map(CustomerRow::id).getContent()).containsExactly(survivor.id());
        SignedInUser agent = fixtures.user(Role.AGENT);
        mvc.perform(get("/customers/{id}/merge", survivor.id()).with(Fixtures.as(agent))).andExpect(status().isForbidden());
    }

    @Test
    void gradesPageIsForSupervisorsAndCreatesGrades() throws Exception {
        SignedInUser supervisor = fixtures.user(Role.SUPERVISOR);
        SignedInUser agent = fixtures.user(Role.AGENT);
        mvc.perform(get("/customers/grades").with(Fixtures.as(agent))).andExpect(status().isForbidden());
        mvc.perform(get("/customers/grades").with(Fixtures.as(supervisor)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("客户分类管理标准")));
        String code = "P" + System.nanoTime() % 100000;
        mvc.perform(post("/customers/grades").with(Fixtures.as(supervisor)).with(csrf()).param("code", code)
                        .param("name", "页面等级").param("rankOrder", "950").param("requiresAgreement", "true"))
                .andExpect(redirectedUrl("/customers/grades"));
        mvc.perform(post("/customers/grades").with(Fixtures.as(supervisor)).with(csrf()).param("code", "坏代码")
                        .param("name", "").param("rankOrder", "950"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("is-invalid")));
        mvc.perform(post("/customers/grades/reclassify").with(Fixtures.as(supervisor)).with(csrf()))
                .andExpect(redirectedUrl("/customers/grades"));
    }

    @Test
    void longListsHaveAPagerAndSortableHeaders() throws Exception {
        SignedInUser agent = fixtures.user(Role.AGENT);
        String name = "分页客户" + System.nanoTime() % 100000;
        for (int i = 0; i < 3; i++) {
            Fixtures.as(agent, () -> archive.register(CustomerTestData.person(name, CustomerTestData.mobile())));
        }
        mvc.perform(get("/customers").param("q", name).param("size", "2").param("sort", "name").with(Fixtures.as(agent)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("pagination"), containsString("page=1"),
                        containsString("sort=-name"))));
    }

    @Test
    void pagesSpeakEnglishWhenChosen() throws Exception {
        SignedInUser agent = fixtures.user(Role.AGENT);
        mvc.perform(get("/customers").cookie(new Cookie("csms-lang", "en")).with(Fixtures.as(agent)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Search customers"), not(containsString("搜索客户")))));
    }

    @Test
    void listRefusesAnOversizedPage() throws Exception {
        SignedInUser agent = fixtures.user(Role.AGENT);
        mvc.perform(get("/customers").param("size", "101").with(Fixtures.as(agent)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(matchesPattern("(?s).*100.*")));
    }

    private void assign(long customerId, long agentId) {
        new TransactionTemplate(transactions).executeWithoutResult(s ->
                customers.findById(customerId).orElseThrow().assignTo(agentId, Instant.now(), Duration.ofDays(7)));
    }
}
