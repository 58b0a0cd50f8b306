package csms.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.customer.CustomerDetails.PhoneView;
import csms.identity.ApiTokens;
import csms.identity.SignedInUser;
import csms.shared.Role;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/** Import over REST with a personal token, files refused as a whole, and an export → import round trip. */
@IntegrationTest
class CustomerImportApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ApiTokens tokens;
    @Autowired
    CustomerArchive archive;
    @Autowired
    JdbcClient jdbc;

    final String tag = String.valueOf(ThreadLocalRandom.current().nextInt(10_000, 99_999));
    SignedInUser agent;
    SignedInUser supervisor;

    @BeforeEach
    void users() {
        long department = fixtures.department();
        agent = fixtures.user(department, Role.AGENT);
        supervisor = fixtures.user(department, Role.SUPERVISOR);
    }

    String bearer(SignedInUser user) {
        return "Bearer " + Fixtures.as(user, () -> tokens.issue(user.id(), "import", null)).secret();
    }

    ResultActions upload(SignedInUser as, String mode, String fileName, byte[] content) throws Exception {
        return mvc.perform(multipart("/api/v1/customers/import")
                .file(new MockMultipartFile("file", fileName, "text/csv", content)).param("mode", mode)
                .header("Authorization", bearer(as)).header("Accept-Language", "zh-CN"));
    }

    long countNamed(String name) {
        return jdbc.sql("select count(*) from customer where name = :name").param("name", name).query(Long.class).single();
    }

    @Test
    void theApiImportsWithABearerTokenAndAnswersCountsAndRejectedRows() throws Exception {
        String csv = "姓名,电话\n接口甲" + tag + "," + CustomerTestData.mobile() + "\n接口乙" + tag + ",12345\n";
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);

        upload(agent, "ALL_OR_NOTHING", "接口.csv", file).andExpect(status().isOk())
                .andExpect(jsonPath("$.fileName").value("接口.csv"))
                .andExpect(jsonPath("$.mode").value("ALL_OR_NOTHING"))
                .andExpect(jsonPath("$.totalRows").value(2))
                .andExpect(jsonPath("$.importedCount").value(0))
                .andExpect(jsonPath("$.rolledBack").value(true))
                .andExpect(jsonPath("$.rejected[0].row").value(3))
                .andExpect(jsonPath("$.rejected[0].cells[1]").value("12345"))
                .andExpect(jsonPath("$.rejected[0].problems[0].column").value("电话"))
                .andExpect(jsonPath("$.rejected[0].problems[0].message").value(startsWith("“12345”不是有效的电话号码")));
        assertThat(countNamed("接口甲" + tag)).isZero();

        upload(agent, "VALID_ONLY", "接口.csv", file).andExpect(status().isOk())
                .andExpect(jsonPath("$.importedCount").value(1))
                .andExpect(jsonPath("$.rejectedCount").value(1))
                .andExpect(jsonPath("$.rolledBack").value(false));
        assertThat(countNamed("接口甲" + tag)).isEqualTo(1);
    }

    @Test
    void aFileOverTheLimitIs413AndAnUnreadableOne422() throws Exception {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');

        upload(agent, "VALID_ONLY", "big.csv", big).andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.type").value("urn:csms:problem:too-large"))
                .andExpect(jsonPath("$.detail").value("文件超过 10 MB 的上限,请拆分后分批导入。"))
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        upload(agent, "VALID_ONLY", "broken.xlsx", new byte[] { 'P', 'K', 3, 4, 1, 2, 3 })
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.detail").value(startsWith("无法读取该文件")));
        upload(agent, "SOMETIMES", "a.csv", "姓名\n张三\n".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest());
    }

    @Test
    void withoutATokenTheImportIsRefused() throws Exception {
        mvc.perform(multipart("/api/v1/customers/import").file(new MockMultipartFile("file", "a.csv", "text/csv",
                ("姓名\n无令牌" + tag + "\n").getBytes(StandardCharsets.UTF_8)))).andExpect(status().isUnauthorized());
        assertThat(countNamed("无令牌" + tag)).isZero();
    }

    @Test
    void anExportImportedAgainWithNewNumbersRecreatesTheSameRecords() throws Exception {
        String company = "往返核对" + tag;
        String mobile = CustomerTestData.mobile();
        String second = CustomerTestData.mobile();
        String third = CustomerTestData.mobile();
        NewCustomer organisation = new NewCustomer(CustomerKind.ORGANISATION, "=1+1往返" + tag, Salutation.NONE, company,
                "info@example.cn", "上海市浦东新区世纪大道100号", "年度检测,加急", CustomerSource.SALES_VISIT, "拜访表-9",
                "第一行\n\"第二行\"", List.of(new PhoneEntry(mobile, "手机"), new PhoneEntry("021-61234567", "总机")),
                List.of(), new BigDecimal("1234567.89"), 4, true, true, true, agent.id());
        NewCustomer person = new NewCustomer(CustomerKind.PERSON, "往返女士" + tag, Salutation.MS, company, null, null,
                null, CustomerSource.REFERRAL, null, null,
                List.of(new PhoneEntry(second, null), new PhoneEntry(third, null)), List.of(), null, null, false,
                false, false, null);
        List<CustomerDetails> originals = List.of(Fixtures.as(supervisor, () -> archive.register(organisation)),
                Fixtures.as(supervisor, () -> archive.register(person)));

        String secret = bearer(supervisor);
        MvcResult started = mvc.perform(get("/api/v1/customers/export").param("format", "csv").param("q", company)
                .header("Authorization", secret).header("Accept-Language", "zh-CN")).andReturn();
        String exported = mvc.perform(asyncDispatch(started)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Map<String, String> renumbered = new HashMap<>();
        for (String old : List.of(mobile, second, third)) {
            String fresh = CustomerTestData.mobile();
            renumbered.put(old, fresh);
            exported = exported.replace(old, fresh);
        }
        mvc.perform(multipart("/api/v1/customers/import")
                        .file(new MockMultipartFile("file", "客户档案.csv", "text/csv", exported.getBytes(StandardCharsets.UTF_8)))
                        .param("mode", "ALL_OR_NOTHING").header("Authorization", secret))
                .andExpect(status().isOk()).andExpect(jsonPath("$.importedCount").value(2))
                .andExpect(jsonPath("$.unknownColumns[0]").value("客户等级"));

        List<Long> copies = jdbc.sql("select id from customer where company = :company and id > :last order by id")
                .param("company", company).param("last", originals.get(1).id()).query(Long.class).list();
        assertThat(copies).hasSize(2);
        for (CustomerDetails original : originals) {
            long copyId = copies.stream().filter(id -> Fixtures.as(supervisor, () -> archive.view(id)).name()
                    .equals(original.name())).findFirst().orElseThrow();
            CustomerDetails copy = Fixtures.as(supervisor, () -> archive.view(copyId));
            assertThat(essence(copy)).isEqualTo(essence(renumber(original, renumbered)));
        }
    }

    /** What the record says about the customer: everything but its identity, times and version. */
    static List<Object> essence(CustomerDetails d) {
        return Arrays.asList(d.kind(), d.name(), d.namePinyin(), d.salutation(), d.company(), d.email(), d.address(),
                d.requestedServices(), d.source(), d.sourceReference(), d.notes(), d.phones(), d.annualSales(),
                d.potential(), d.gradeCode(), d.member(), d.bigCustomer(), d.importantAgreement(), d.confidential(),
                d.accountManagerId(), d.ownerId(), d.missingFields(), d.fullView());
    }

    static CustomerDetails renumber(CustomerDetails d, Map<String, String> numbers) {
        List<PhoneView> phones = d.phones().stream()
                .map(p -> new PhoneView(numbers.getOrDefault(p.number(), p.number()), p.label())).toList();
        return new CustomerDetails(d.id(), d.kind(), d.name(), d.namePinyin(), d.nameInitials(), d.salutation(),
                d.company(), d.email(), d.address(), d.requestedServices(), d.source(), d.sourceReference(), d.notes(),
                phones, d.contactPersons(), d.annualSales(), d.potential(), d.gradeId(), d.gradeCode(), d.gradeName(),
                d.member(), d.bigCustomer(), d.importantAgreement(), d.confidential(), d.accountManagerId(),
                d.accountManagerName(),
                d.ownerId(), d.ownerName(), d.lastContactedAt(), d.missingFields(), d.fullView(), d.editable(),
                d.createdAt(), d.createdBy(), d.updatedAt(), d.version());
    }
}
