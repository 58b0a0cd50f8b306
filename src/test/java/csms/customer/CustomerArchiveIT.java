package csms.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.audit.AuditQuery;
import csms.audit.AuditTrail;
import csms.audit.Changes.Change;
import csms.customer.internal.CustomerIndexBootstrap;
import csms.customer.internal.CustomerRepository;
import csms.identity.SignedInUser;
import csms.shared.ConflictException;
import csms.shared.PageQuery;
import csms.shared.Role;
import csms.shared.RuleViolation;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The customer archive end to end: API and facade, search, confidentiality, audit, versions, merge, grades. */
@IntegrationTest
class CustomerArchiveIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CustomerArchive archive;
    @Autowired
    CustomerGrades grades;
    @Autowired
    CustomerRepository customers;
    @Autowired
    AuditTrail audit;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    CustomerIndexBootstrap indexBootstrap;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    // --- registering (CUS-1) ---

    @Test
    void registersACustomerWithChineseDataThroughTheApi() throws Exception {
        SignedInUser agent = fixtures.user(Role.AGENT);
        String phone = CustomerTestData.mobile();
        String body = """
                {"kind":"ORGANISATION","name":"华东检测中心","salutation":"NONE","company":"星辰科技有限公司",
                 "email":"contact@xingchen.cn","address":"江苏省南京市鼓楼区中山路1号","requestedServices":"年度质量检测",
                 "source":"SALES_VISIT","sourceReference":"拜访表-2026-17",
                 "phones":[{"number":"%s","label":"总机"}],
                 "contactPersons":[{"name":"赵主任","jobTitle":"质检主任","phone":"025-83123456"}],
                 "annualSales":350000,"potential":3}
                """.formatted(phone);
        var created = mvc.perform(post("/api/v1/customers").with(Fixtures.as(agent))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.matchesPattern("/api/v1/customers/\\d+")))
                .andExpect(jsonPath("$.name").value("华东检测中心"))
                .andExpect(jsonPath("$.namePinyin").value("huadongjiancezhongxin"))
                .andExpect(jsonPath("$.nameInitials").value("hdjczx"))
                .andExpect(jsonPath("$.gradeCode").value("B"))
                .andExpect(jsonPath("$.missingFields").isEmpty())
                .andReturn();
        String location = created.getResponse().getHeader("Location");
        // Unassigned: the registering agent does not own it, so the contact data comes back masked.
        mvc.perform(get(location).with(Fixtures.as(agent)))
                .andExpect(status().isOk())
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.company").value("星辰科技有限公司"))
                .andExpect(jsonPath("$.contactPersons[0].name").value("赵主任"))
                .andExpect(jsonPath("$.phones[0].number").value(phone.substring(0, 3) + "****" + phone.substring(7)))
                .andExpect(jsonPath("$.fullView").value(false));
    }

    @Test
    void invalidPhoneIsRefusedNamingTheField() throws Exception {
        SignedInUser agent = fixtures.user(Role.AGENT);
        String name = "无效电话" + System.nanoTime();
        mvc.perform(post("/api/v1/customers").with(Fixtures.as(agent)).header("Accept-Language", "zh-CN")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind":"PERSON","name":"%s","source":"PHONE",
                                 "phones":[{"number":"13812345678"},{"number":"12345"}]}
                                """.formatted(name)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("phones[1].number"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("电话号码")));
        assertThat(Fixtures.as(agent, () -> archive.list(CustomerFilter.text(name), PageQuery.of(0, 10, null)))
                .getTotalElements()).isZero();
        // The facade refuses it too, for callers that skip Bean Validation.
        assertThatThrownBy(() -> Fixtures.as(agent, () -> archive.register(CustomerTestData.person(name, "12345"))))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("phones[0].number"));
    }

    @Test
    void importantAgreementNeedsANamedAccountManager() {
        SignedInUser supervisor = fixtures.user(Role.SUPERVISOR);
        NewCustomer p = CustomerTestData.person("协议客户" + System.nanoTime(), CustomerTestData.mobile());
        NewCustomer noManager = new NewCustomer(p.kind(), p.name(), p.salutation(), null, null, p.address(),
                p.requestedServices(), p.source(), null, null, p.phones(), List.of(), null, null, false, false, true, null);
        assertThatThrownBy(() -> Fixtures.as(supervisor, () -> archive.register(noManager)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("accountManagerId"));
        NewCustomer withManager = new NewCustomer(p.kind(), p.name(), p.salutation(), null, null, p.address(),
                p.requestedServices(), p.source(), null, null, p.phones(), List.of(), null, null, false, false, true,
                supervisor.id());
        CustomerDetails d = Fixtures.as(supervisor, () -> archive.register(withManager));
        assertThat(d.importantAgreement()).isTrue();
        assertThat(d.accountManagerName()).isEqualTo(supervisor.displayName());
    }

    @Test
    void agentMayNotSetClassificationFlags() {
        SignedInUser agent = fixtures.user(Role.AGENT);
        assertThatThrownBy(() -> Fixtures.as(agent,
                () -> archive.register(CustomerTestData.bigCustomer("大客户" + System.nanoTime(), CustomerTestData.mobile()))))
                .isInstanceOf(AccessDeniedException.class);
    }

    // --- search (CUS-9) ---

    @Test
    void searchFindsByNameSingleCharacterPinyinInitialsPhoneDigitsAndCompanyWord() {
        SignedInUser agent = fixtures.user(Role.AGENT);
        String phone = CustomerTestData.mobile();
        long person = Fixtures.as(agent, () -> archive.register(CustomerTestData.person("张三", phone))).id();
        long org = Fixtures.as(agent, () -> archive.register(
                CustomerTestData.organisation("检测联络处", "星辰科技有限公司", CustomerTestData.mobile()))).id();
        for (String q : List.of("张三", "张", "zhangsan", "zhangs", "zs", "ZhangSan", "zhang san",
                phone.substring(3, 7), phone.substring(6, 10), phone.substring(0, 4) + "-" + phone.substring(4, 8))) {
            assertThat(search(agent, CustomerFilter.text(q))).as("query %s", q).contains(person);
        }
        assertThat(search(agent, CustomerFilter.text("星辰"))).contains(org);
        assertThat(search(agent, CustomerFilter.text("科技"))).contains(org);
        assertThat(search(agent, CustomerFilter.text("联络"))).contains(org);
        assertThat(search(agent, CustomerFilter.text("张三 " + phone.substring(7)))).contains(person).doesNotContain(org);
        assertThat(search(agent, CustomerFilter.text("zsx"))).doesNotContain(person);
    }

    @Test
    void mixedChineseAndLatinNamesAreFoundByPinyinAndLatinWord() {
        SignedInUser agent = fixtures.user(Role.AGENT);
        long id = Fixtures.as(agent, () -> archive.register(CustomerTestData.person("王Tony小明", CustomerTestData.mobile()))).id();
        assertThat(search(agent, CustomerFilter.text("wangtony"))).contains(id);
        assertThat(search(agent, CustomerFilter.text("wtxm"))).contains(id);
        assertThat(search(agent, CustomerFilter.text("tony"))).contains(id);
    }

    @Test
    void filtersCombineWithTheTextQuery() {
        SignedInUser supervisor = fixtures.user(Role.SUPERVISOR);
        String name = "筛选" + (char) ('甲' + (int) (System.nanoTime() % 50));
        long big = Fixtures.as(supervisor, () -> archive.register(CustomerTestData.bigCustomer(name, CustomerTestData.mobile()))).id();
        long plain = Fixtures.as(supervisor, () -> archive.register(CustomerTestData.person(name, CustomerTestData.mobile()))).id();
        NewCustomer p = CustomerTestData.person(name, CustomerTestData.mobile());
        long incomplete = Fixtures.as(supervisor, () -> archive.register(new NewCustomer(p.kind(), p.name(),
                p.salutation(), null, null, null, p.requestedServices(), p.source(), null, null, p.phones(),
                List.of(), null, null, false, false, false, null))).id();

        assertThat(search(supervisor, filter(name, true, null, null))).contains(big).doesNotContain(plain, incomplete);
        assertThat(search(supervisor, filter(name, false, null, null))).contains(plain, incomplete).doesNotContain(big);
        assertThat(search(supervisor, filter(name, null, true, null))).contains(incomplete).doesNotContain(big, plain);
        assertThat(search(supervisor, filter(name, null, null, "unassigned"))).contains(big, plain, incomplete);
        assertThat(search(supervisor, filter(name, null, null, "me"))).isEmpty();
        // Big customers come first by default ("重点对待").
        assertThat(search(supervisor, CustomerFilter.text(name)).get(0)).isEqualTo(big);
    }

    @Test
    void ownerFilterFindsTheCustomersOfAnAgent() {
        SignedInUser agent = fixtures.user(Role.AGENT);
        String name = "负责人筛选" + System.nanoTime() % 1000;
        long mine = Fixtures.as(agent, () -> archive.register(CustomerTestData.person(name, CustomerTestData.mobile()))).id();
        long other = Fixtures.as(agent, () -> archive.register(CustomerTestData.person(name, CustomerTestData.mobile()))).id();
        assign(mine, agent.id());
        var me = CustomerFilter.of(name, null, null, null, null, "me", null, agent.id());
        assertThat(search(agent, me)).containsExactly(mine);
        var byId = CustomerFilter.of(null, null, null, null, null, String.valueOf(agent.id()), null, agent.id());
        assertThat(search(agent, byId)).containsExactly(mine);
        assertThat(search(agent, CustomerFilter.of(name, null, null, null, null, "unassigned", null, agent.id())))
                .containsExactly(other);
    }

    @Test
    void searchIndexIsRebuiltWhenEmptyWhileTheArchiveIsNot() throws Exception {
        SignedInUser agent = fixtures.user(Role.AGENT);
        String name = "重建索引" + System.nanoTime() % 10000;
        long id = Fixtures.as(agent, () -> archive.register(CustomerTestData.person(name, CustomerTestData.mobile()))).id();
        var workspace = Search.mapping(entityManagerFactory).scope(Customer.class).workspace();
        workspace.purge();
        workspace.refresh();
        assertThat(search(agent, CustomerFilter.text(name))).isEmpty();
        assertThat(indexBootstrap.rebuildIfEmpty()).isTrue();
        assertThat(search(agent, CustomerFilter.text(name))).containsExactly(id);
        assertThat(indexBootstrap.rebuildIfEmpty()).isFalse();
    }

    @Test
    void listPagingIsBoundedAndSortsAreAllowListed() throws Exception {
        SignedInUser agent = fixtures.user(Role.AGENT);
        mvc.perform(get("/api/v1/customers").param("size", "101").with(Fixtures.as(agent)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/v1/customers").param("sort", "notes").with(Fixtures.as(agent)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("sort"));
        mvc.perform(get("/api/v1/customers").param("sort", "-name").param("size", "5").with(Fixtures.as(agent)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(5))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.totalElements").isNumber())
                .andExpect(jsonPath("$.totalPages").isNumber());
        mvc.perform(get("/api/v1/customers").param("owner", "nobody").with(Fixtures.as(agent)))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void apiListFindsByQueryAndMasksPhones() throws Exception {
        SignedInUser agent = fixtures.user(Role.AGENT);
        String phone = CustomerTestData.mobile();
        long id = Fixtures.as(agent, () -> archive.register(CustomerTestData.person("接口列表", phone))).id();
        assign(id, agent.id());
        mvc.perform(get("/api/v1/customers").param("q", phone.substring(5, 10)).param("owner", "me")
                        .with(Fixtures.as(agent)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].id").value(id))
                .andExpect(jsonPath("$.content[0].phone").value(phone.substring(0, 3) + "****" + phone.substring(7)));
    }

    // --- confidentiality (CUS-6) ---

    @Test
    void agentSeesOthersPhonesMaskedAndOwnInFull() {
        SignedInUser agent = fixtures.user(Role.AGENT);
        SignedInUser colleague = fixtures.user(Role.AGENT);
        String ownPhone = CustomerTestData.mobile();
        String otherPhone = CustomerTestData.mobile();
        long own = Fixtures.as(agent, () -> archive.register(CustomerTestData.person("自己的客户", ownPhone))).id();
        long others = Fixtures.as(agent, () -> archive.register(CustomerTestData.person("别人的客户", otherPhone))).id();
        assign(own, agent.id());
        assign(others, colleague.id());

        CustomerDetails mine = Fixtures.as(agent, () -> archive.view(own));
        assertThat(mine.fullView()).isTrue();
        assertThat(mine.phones().get(0).number()).isEqualTo(ownPhone);
        assertThat(mine.address()).isEqualTo("北京市海淀区中关村大街1号");

        CustomerDetails theirs = Fixtures.as(agent, () -> archive.view(others));
        assertThat(theirs.fullView()).isFalse();
        assertThat(theirs.phones().get(0).number()).isEqualTo(otherPhone.substring(0, 3) + "****" + otherPhone.substring(7));
        assertThat(theirs.address()).isEqualTo("北京市海淀区****");
        assertThat(theirs.editable()).isFalse();
        assertThatThrownBy(() -> Fixtures.as(agent, () -> archive.update(others, CustomerTestData.changesOf(theirs))))
                .isInstanceOf(AccessDeniedException.class);
        // Lists are always masked, even for one's own customers.
        var row = Fixtures.as(agent, () -> archive.list(CustomerFilter.text(ownPhone), PageQuery.of(0, 5, null)))
                .getContent().get(0);
        assertThat(row.phone()).contains("****");
    }

    @Test
    void supervisorSeesTeamsCustomersAndUnassignedInFullButNotOtherTeams() {
        long team = fixtures.department();
        long otherTeam = fixtures.department();
        SignedInUser supervisor = fixtures.user(team, Role.SUPERVISOR);
        SignedInUser member = fixtures.user(team, Role.AGENT);
        SignedInUser outsider = fixtures.user(otherTeam, Role.AGENT);
        long teams = Fixtures.as(member, () -> archive.register(CustomerTestData.person("本组客户", CustomerTestData.mobile()))).id();
        long outside = Fixtures.as(member, () -> archive.register(CustomerTestData.person("外组客户", CustomerTestData.mobile()))).id();
        long unassigned = Fixtures.as(member, () -> archive.register(CustomerTestData.person("待分配客户", CustomerTestData.mobile()))).id();
        assign(teams, member.id());
        assign(outside, outsider.id());

        assertThat(Fixtures.as(supervisor, () -> archive.view(teams)).fullView()).isTrue();
        assertThat(Fixtures.as(supervisor, () -> archive.view(unassigned)).fullView()).isTrue();
        assertThat(Fixtures.as(supervisor, () -> archive.view(outside)).fullView()).isFalse();
        SignedInUser manager = fixtures.user(Role.DEPT_MANAGER);
        assertThat(Fixtures.as(manager, () -> archive.view(outside)).fullView()).isTrue();
    }

    @Test
    void fullViewsAreAuditedAndMaskedViewsAreNot() throws Exception {
        SignedInUser agent = fixtures.user(Role.AGENT);
        SignedInUser colleague = fixtures.user(Role.AGENT);
        long id = Fixtures.as(agent, () -> archive.register(CustomerTestData.person("审计查看", CustomerTestData.mobile()))).id();
        assign(id, agent.id());
        mvc.perform(get("/api/v1/customers/{id}", id).with(Fixtures.as(colleague)))
                .andExpect(jsonPath("$.fullView").value(false));
        assertThat(viewedFull(id, colleague)).isZero();
        mvc.perform(get("/api/v1/customers/{id}", id).with(Fixtures.as(agent)))
                .andExpect(jsonPath("$.fullView").value(true));
        assertThat(viewedFull(id, agent)).isEqualTo(1);
    }

    // --- versions and history (CUS-2) ---

    @Test
    void staleUpdateIsRefusedWithConflictAndNothingIsSaved() throws Exception {
        SignedInUser supervisor = fixtures.user(Role.SUPERVISOR);
        CustomerDetails d = Fixtures.as(supervisor, () -> archive.register(CustomerTestData.person("版本客户", CustomerTestData.mobile())));
        Fixtures.as(supervisor, () -> archive.update(d.id(), CustomerTestData.withAddress(CustomerTestData.changesOf(d), "第一次修改")));
        String stale = """
                {"kind":"PERSON","name":"版本客户改名","source":"PHONE","address":"过期的修改","version":%d}
                """.formatted(d.version());
        mvc.perform(put("/api/v1/customers/{id}", d.id()).with(Fixtures.as(supervisor))
                        .contentType(MediaType.APPLICATION_JSON).content(stale))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csms:problem:conflict"));
        CustomerDetails now = Fixtures.as(supervisor, () -> archive.view(d.id()));
        assertThat(now.name()).isEqualTo("版本客户");
        assertThat(now.address()).isEqualTo("第一次修改");
        assertThatThrownBy(() -> Fixtures.as(supervisor, () -> archive.update(d.id(), CustomerTestData.changesOf(d))))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void updateWithIfMatchSucceedsAndAnswersTheNewEtag() throws Exception {
        SignedInUser supervisor = fixtures.user(Role.SUPERVISOR);
        CustomerDetails d = Fixtures.as(supervisor, () -> archive.register(CustomerTestData.person("标签客户", CustomerTestData.mobile())));
        mvc.perform(put("/api/v1/customers/{id}", d.id()).with(Fixtures.as(supervisor)).header("If-Match", "\"" + d.version() + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"PERSON\",\"name\":\"标签客户\",\"source\":\"PHONE\",\"address\":\"新地址\"}"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"" + (d.version() + 1) + "\""))
                .andExpect(jsonPath("$.address").value("新地址"))
                .andExpect(jsonPath("$.missingFields", hasItem("phones")));
        mvc.perform(put("/api/v1/customers/{id}", d.id()).with(Fixtures.as(supervisor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"PERSON\",\"name\":\"标签客户\",\"source\":\"PHONE\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void historyListsWhoChangedWhichFieldFromWhatToWhat() throws Exception {
        SignedInUser supervisor = fixtures.user(Role.SUPERVISOR);
        CustomerDetails d = Fixtures.as(supervisor, () -> archive.register(CustomerTestData.person("历史客户", CustomerTestData.mobile())));
        Fixtures.as(supervisor, () -> archive.update(d.id(), CustomerTestData.withAddress(CustomerTestData.changesOf(d), "上海市徐汇区漕溪北路88号")));
        var history = Fixtures.as(supervisor, () -> archive.history(d.id(), PageQuery.of(0, 20, null))).getContent();
        HistoryEntry update = history.stream().filter(h -> h.action().equals("customer.updated")).findFirst().orElseThrow();
        assertThat(update.actor()).isEqualTo(supervisor.getUsername());
        assertThat(update.changes()).containsExactly(new Change("address", "北京市海淀区中关村大街1号", "上海市徐汇区漕溪北路88号"));
        assertThat(history).anyMatch(h -> h.action().equals("customer.registered")
                && h.changes().stream().anyMatch(c -> c.field().equals("name") && "历史客户".equals(c.after())));
        // Someone without full rights sees the history with contact data masked.
        SignedInUser agent = fixtures.user(Role.AGENT);
        var masked = Fixtures.as(agent, () -> archive.history(d.id(), PageQuery.of(0, 20, null))).getContent();
        assertThat(masked.stream().filter(h -> h.action().equals("customer.updated")).findFirst().orElseThrow().changes())
                .containsExactly(new Change("address", "北京市海淀区****", "上海市徐汇区****"));
        mvc.perform(get("/api/v1/customers/{id}/history", d.id()).with(Fixtures.as(supervisor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].action", hasItem("customer.updated")));
    }

    @Test
    void unchangedSaveKeepsTheVersionAndRecordsNothing() {
        SignedInUser supervisor = fixtures.user(Role.SUPERVISOR);
        CustomerDetails d = Fixtures.as(supervisor, () -> archive.register(
                CustomerTestData.organisation("不变客户", "不变公司", CustomerTestData.mobile())));
        CustomerDetails after = Fixtures.as(supervisor, () -> archive.update(d.id(), CustomerTestData.changesOf(d)));
        assertThat(after.version()).isEqualTo(d.version());
        assertThat(audit.find(new AuditQuery(null, "customer.updated", "Customer", String.valueOf(d.id()), null, null),
                PageRequest.of(0, 5)).getTotalElements()).isZero();
    }

    // --- merge (CUS-4) ---

    @Test
    void mergeMovesPhonesAndHidesTheDuplicate() throws Exception {
        SignedInUser supervisor = fixtures.user(Role.SUPERVISOR);
        String shared = CustomerTestData.mobile();
        String onlyDuplicate = CustomerTestData.mobile();
        String name = "合并客户" + System.nanoTime() % 100000;
        CustomerDetails survivor = Fixtures.as(supervisor, () -> archive.register(CustomerTestData.person(name, shared)));
        NewCustomer dup = CustomerTestData.organisation(name, "合并科技公司", shared);
        CustomerDetails duplicate = Fixtures.as(supervisor, () -> archive.register(new NewCustomer(dup.kind(), dup.name(),
                dup.salutation(), dup.company(), dup.email(), dup.address(), dup.requestedServices(), dup.source(), null,
                null, List.of(new PhoneEntry(shared, null), new PhoneEntry(onlyDuplicate, "办公")), dup.contactPersons(),
                null, null, true, false, false, null)));
        assertThat(Fixtures.as(supervisor, () -> archive.mergeCandidates(survivor.id())))
                .extracting(CustomerRow::id).contains(duplicate.id());
        jdbc.sql("""
                insert into customer_contact (customer_id, agent_id, contacted_at, channel, summary, created_at)
                values (:customer, :agent, :at, 'PHONE', '首次联系', :at)
                """).param("customer", duplicate.id()).param("agent", supervisor.id())
                .param("at", java.sql.Timestamp.from(Instant.now())).update();

        mvc.perform(post("/api/v1/customers/{id}/merge", survivor.id()).with(Fixtures.as(supervisor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"duplicateId\":%d,\"survivorVersion\":%d,\"duplicateVersion\":%d}"
                                .formatted(duplicate.id(), survivor.version(), duplicate.version())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phones.length()").value(2))
                .andExpect(jsonPath("$.company").value("合并科技公司"))
                .andExpect(jsonPath("$.member").value(true))
                .andExpect(jsonPath("$.contactPersons[0].name").value("王经理"));

        mvc.perform(get("/api/v1/customers/{id}", duplicate.id()).with(Fixtures.as(supervisor)))
                .andExpect(status().isGone())
                .andExpect(jsonPath("$.mergedInto").value(survivor.id()));
        assertThat(search(supervisor, CustomerFilter.text(onlyDuplicate))).containsExactly(survivor.id());
        assertThat(search(supervisor, CustomerFilter.text(name))).contains(survivor.id()).doesNotContain(duplicate.id());
        assertThat(jdbc.sql("select count(*) from customer_contact where customer_id = :id")
                .param("id", survivor.id()).query(Long.class).single()).isEqualTo(1);
        assertThat(audit.find(new AuditQuery(null, "customer.merged-away", "Customer", String.valueOf(duplicate.id()),
                null, null), PageRequest.of(0, 5)).getTotalElements()).isEqualTo(1);
        assertThat(audit.find(new AuditQuery(null, "customer.merged", "Customer", String.valueOf(survivor.id()),
                null, null), PageRequest.of(0, 5)).getTotalElements()).isEqualTo(1);
    }

    @Test
    void mergeNeedsASupervisorAndCurrentVersions() throws Exception {
        SignedInUser supervisor = fixtures.user(Role.SUPERVISOR);
        SignedInUser agent = fixtures.user(Role.AGENT);
        CustomerDetails a = Fixtures.as(supervisor, () -> archive.register(CustomerTestData.person("合并权限甲", CustomerTestData.mobile())));
        CustomerDetails b = Fixtures.as(supervisor, () -> archive.register(CustomerTestData.person("合并权限乙", CustomerTestData.mobile())));
        String body = "{\"duplicateId\":%d,\"survivorVersion\":%d,\"duplicateVersion\":%d}".formatted(b.id(), a.version(), b.version());
        mvc.perform(post("/api/v1/customers/{id}/merge", a.id()).with(Fixtures.as(agent))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        String stale = "{\"duplicateId\":%d,\"survivorVersion\":%d,\"duplicateVersion\":%d}".formatted(b.id(), a.version() + 1, b.version());
        mvc.perform(post("/api/v1/customers/{id}/merge", a.id()).with(Fixtures.as(supervisor))
                .contentType(MediaType.APPLICATION_JSON).content(stale)).andExpect(status().isConflict());
        mvc.perform(post("/api/v1/customers/{id}/merge", a.id()).with(Fixtures.as(supervisor))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"duplicateId\":%d,\"survivorVersion\":%d,\"duplicateVersion\":%d}".formatted(a.id(), a.version(), a.version())))
                .andExpect(status().isUnprocessableContent());
        assertThat(Fixtures.as(supervisor, () -> archive.view(b.id())).name()).isEqualTo("合并权限乙");
    }

    // --- classification (CUS-3) ---

    @Test
    void gradeIsSetByTheStandardOnRegisterAndUpdate() {
        SignedInUser supervisor = fixtures.user(Role.SUPERVISOR);
        NewCustomer p = CustomerTestData.person("分级客户", CustomerTestData.mobile());
        CustomerDetails d = Fixtures.as(supervisor, () -> archive.register(new NewCustomer(p.kind(), p.name(),
                p.salutation(), null, null, p.address(), p.requestedServices(), p.source(), null, null, p.phones(),
                List.of(), new BigDecimal("1200000"), 4, false, false, false, null)));
        assertThat(d.gradeCode()).isEqualTo("A");
        CustomerChanges lower = CustomerTestData.changesOf(d);
        CustomerChanges smaller = new CustomerChanges(lower.kind(), lower.name(), lower.salutation(), null, null,
                lower.address(), lower.requestedServices(), lower.source(), null, null, lower.phones(), List.of(),
                new BigDecimal("60000"), 2, false, false, false, null, d.version());
        assertThat(Fixtures.as(supervisor, () -> archive.update(d.id(), smaller)).gradeCode()).isEqualTo("C");
        assertThat(Fixtures.as(supervisor, () -> archive.history(d.id(), PageQuery.of(0, 5, null))).getContent().get(0).changes())
                .contains(new Change("grade", "A", "C"));
    }

    @Test
    void gradesAreEditedBySupervisorsWithVersionsThroughTheApi() throws Exception {
        SignedInUser supervisor = fixtures.user(Role.SUPERVISOR);
        SignedInUser agent = fixtures.user(Role.AGENT);
        String code = "Z" + (System.nanoTime() % 100_000);
        String body = """
                {"code":"%s","name":"协议专属","criteria":"重要协议且年销售额很高","minAnnualSales":900000000,
                 "requiresAgreement":true,"rankOrder":900}
                """.formatted(code);
        mvc.perform(post("/api/v1/customer-grades").with(Fixtures.as(agent)).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isForbidden());
        var created = mvc.perform(post("/api/v1/customer-grades").with(Fixtures.as(supervisor))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value(code))
                .andReturn();
        String location = created.getResponse().getHeader("Location");
        mvc.perform(post("/api/v1/customer-grades").with(Fixtures.as(supervisor))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
        String revised = body.replace("\"rankOrder\":900", "\"rankOrder\":901,\"version\":0");
        mvc.perform(put(location).with(Fixtures.as(supervisor)).contentType(MediaType.APPLICATION_JSON).content(revised))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rankOrder").value(901));
        mvc.perform(put(location).with(Fixtures.as(supervisor)).contentType(MediaType.APPLICATION_JSON).content(revised))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/customer-grades").with(Fixtures.as(supervisor)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].code", hasItem(code)))
                .andExpect(jsonPath("$[0].code", not(code)));
        mvc.perform(post("/api/v1/customer-grades/reclassification").with(Fixtures.as(supervisor)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.changed").isNumber());
    }

    @Test
    void reclassifyingAppliesAChangedStandardToExistingCustomers() {
        SignedInUser supervisor = fixtures.user(Role.SUPERVISOR);
        NewCustomer p = CustomerTestData.person("重新分类客户", CustomerTestData.mobile());
        CustomerDetails d = Fixtures.as(supervisor, () -> archive.register(new NewCustomer(p.kind(), p.name(),
                p.salutation(), null, null, p.address(), p.requestedServices(), p.source(), null, null, p.phones(),
                List.of(), new BigDecimal("987654321.00"), 5, false, false, false, null)));
        assertThat(d.gradeCode()).isEqualTo("A");
        CustomerGrade a = grades.all().stream().filter(g -> g.getCode().equals("A")).findFirst().orElseThrow();
        GradeDefinition raised = new GradeDefinition("A", a.getName(), a.getCriteria(), new BigDecimal("987654321.01"),
                a.getMinPotential(), a.isRequiresAgreement(), a.getRankOrder(), a.getVersion());
        GradeDefinition restored = new GradeDefinition("A", a.getName(), a.getCriteria(), a.getMinAnnualSales(),
                a.getMinPotential(), a.isRequiresAgreement(), a.getRankOrder(), a.getVersion() + 1);
        try {
            Fixtures.as(supervisor, () -> grades.revise(a.getId(), raised));
            assertThat(Fixtures.as(supervisor, () -> grades.reclassifyAll())).isPositive();
            assertThat(Fixtures.as(supervisor, () -> archive.view(d.id())).gradeCode()).isEqualTo("B");
        } finally {
            Fixtures.as(supervisor, () -> grades.revise(a.getId(), restored));
            Fixtures.as(supervisor, () -> grades.reclassifyAll());
        }
        assertThat(Fixtures.as(supervisor, () -> archive.view(d.id())).gradeCode()).isEqualTo("A");
    }

    // --- helpers ---

    private List<Long> search(SignedInUser user, CustomerFilter filter) {
        return Fixtures.as(user, () -> archive.list(filter, PageQuery.of(0, 100, null))).map(CustomerRow::id).getContent();
    }

    private static CustomerFilter filter(String q, Boolean big, Boolean incomplete, String owner) {
        return CustomerFilter.of(q, null, null, big, null, owner, incomplete, -1);
    }

    /** Makes the agent responsible, as the assignment feature does (CUS-5). */
    private void assign(long customerId, long agentId) {
        new TransactionTemplate(transactions).executeWithoutResult(s ->
                customers.findById(customerId).orElseThrow().assignTo(agentId, Instant.now(), Duration.ofDays(7)));
    }

    private long viewedFull(long customerId, SignedInUser viewer) {
        return audit.find(new AuditQuery(viewer.getUsername(), "customer.viewed-full", "Customer",
                String.valueOf(customerId), null, null), PageRequest.of(0, 10)).getTotalElements();
    }
}
