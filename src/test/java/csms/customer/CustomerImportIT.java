package csms.customer;

import static org.assertj.core.api.Assertions.assertThat;

import csms.identity.SignedInUser;
import csms.shared.PageQuery;
import csms.shared.Role;
import csms.system.spreadsheet.ImportMode;
import csms.system.spreadsheet.ImportProblem;
import csms.system.spreadsheet.ImportResult;
import csms.system.spreadsheet.RejectedRow;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Importing customers (CUS-1, CUS-4): rows go through the registration's rules, problems are reported by row and
 * column, the two modes, duplicates of active customers and within the file, Chinese CSV encodings, flags.
 */
@IntegrationTest
class CustomerImportIT {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CustomerImport imports;
    @Autowired
    CustomerArchive archive;
    @Autowired
    JdbcClient jdbc;

    SignedInUser agent;
    SignedInUser supervisor;
    final String tag = String.valueOf(ThreadLocalRandom.current().nextInt(10_000, 99_999));

    @BeforeEach
    void users() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        long department = fixtures.department();
        agent = fixtures.user(department, Role.AGENT);
        supervisor = fixtures.user(department, Role.SUPERVISOR);
    }

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    ImportResult run(SignedInUser as, ImportMode mode, byte[] file, String fileName) {
        return Fixtures.as(as, () -> imports.run(mode, new ByteArrayInputStream(file), fileName));
    }

    static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }

    /** Rows 2, 3 and 5 are good; row 4 has an invalid phone, row 6 no name. */
    byte[] threeGoodTwoBad(String prefix, List<String> phones) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("姓名", "类型", "手机", "公司", "邮箱", "地址", "需求服务", "年销售额", "业务潜力"));
        rows.add(row(prefix + "甲" + tag, "个人", phones.get(0), "甲公司", "jia@example.cn", "北京市海淀区中关村大街1号",
                "检测咨询", "350000", "3"));
        rows.add(row(prefix + "乙" + tag, "机构", phones.get(1) + "、010-62345678", "乙公司", null, null, null, null, null));
        rows.add(row(prefix + "丙" + tag, "个人", "12345", null, null, null, null, null, null));
        rows.add(row(prefix + "丁" + tag, "PERSON", phones.get(2), null, null, null, null, null, null));
        rows.add(row(null, "个人", CustomerTestData.mobile(), "无名公司", null, null, null, null, null));
        return CustomerSheets.xlsx(rows);
    }

    CustomerRow found(String name) {
        var page = Fixtures.as(supervisor, () -> archive.list(CustomerFilter.text(name), PageQuery.of(0, 10, null)));
        assertThat(page.getContent()).as("search for %s", name).singleElement();
        return page.getContent().get(0);
    }

    long countNamed(String... names) {
        return jdbc.sql("select count(*) from customer where name in (:names)").param("names", List.of(names))
                .query(Long.class).single();
    }

    static ImportProblem onlyProblem(RejectedRow row) {
        assertThat(row.problems()).hasSize(1);
        return row.problems().get(0);
    }

    @Test
    void validOnlyImportsTheGoodRowsUnassignedAndReportsTheBadOnesByRowAndColumn() {
        List<String> phones = List.of(CustomerTestData.mobile(), CustomerTestData.mobile(), CustomerTestData.mobile());

        ImportResult result = run(agent, ImportMode.VALID_ONLY, threeGoodTwoBad("导入", phones), "客户.xlsx");

        assertThat(result.totalRows()).isEqualTo(5);
        assertThat(result.importedCount()).isEqualTo(3);
        assertThat(result.rejected()).extracting(RejectedRow::row).containsExactly(4, 6);
        assertThat(onlyProblem(result.rejected().get(0))).satisfies(p -> {
            assertThat(p.column()).isEqualTo("手机");
            assertThat(p.message()).startsWith("“12345”不是有效的电话号码");
        });
        assertThat(onlyProblem(result.rejected().get(1))).satisfies(p -> {
            assertThat(p.column()).isEqualTo("姓名");
            assertThat(p.message()).isEqualTo("此项为必填项。");
        });

        CustomerDetails first = Fixtures.as(supervisor, () -> archive.view(found("导入甲" + tag).id()));
        assertThat(first.source()).isEqualTo(CustomerSource.IMPORT);
        assertThat(first.ownerId()).as("imported customers are unassigned").isNull();
        assertThat(first.gradeCode()).as("graded by the standard").isEqualTo("B");
        assertThat(first.phones()).extracting(CustomerDetails.PhoneView::number).containsExactly(phones.get(0));
        assertThat(first.email()).isEqualTo("jia@example.cn");
        assertThat(first.namePinyin()).startsWith("daorujia");
        CustomerDetails second = Fixtures.as(supervisor, () -> archive.view(found("导入乙" + tag).id()));
        assertThat(second.kind()).isEqualTo(CustomerKind.ORGANISATION);
        assertThat(second.phones()).extracting(CustomerDetails.PhoneView::number)
                .containsExactly(phones.get(1), "010-62345678");
        assertThat(found("导入丁" + tag).kind()).isEqualTo(CustomerKind.PERSON);
        assertThat(countNamed("导入丙" + tag)).isZero();
    }

    @Test
    void allOrNothingImportsNothingWhenAnyRowIsBad() {
        List<String> phones = List.of(CustomerTestData.mobile(), CustomerTestData.mobile(), CustomerTestData.mobile());

        ImportResult result = run(agent, ImportMode.ALL_OR_NOTHING, threeGoodTwoBad("全有", phones), "客户.xlsx");

        assertThat(result.importedCount()).isZero();
        assertThat(result.rolledBack()).isTrue();
        assertThat(result.rejected()).extracting(RejectedRow::row).containsExactly(4, 6);
        assertThat(countNamed("全有甲" + tag, "全有乙" + tag, "全有丙" + tag, "全有丁" + tag)).isZero();
        assertThat(jdbc.sql("select count(*) from customer_phone where digits = :d").param("d", phones.get(0))
                .query(Long.class).single()).isZero();
    }

    @Test
    void aMobileOfAnActiveCustomerOrOfAnEarlierRowIsRejectedAsADuplicate() {
        String known = CustomerTestData.mobile();
        long existing = Fixtures.as(supervisor, () -> archive.register(CustomerTestData.person("已有" + tag, known))).id();
        String fresh = CustomerTestData.mobile();
        byte[] file = CustomerSheets.xlsx(List.of(row("客户名称", "联系电话"), row("重复甲" + tag, known),
                row("重复乙" + tag, fresh), row("重复丙" + tag, "+86 " + fresh.substring(0, 3) + " " + fresh.substring(3))));

        ImportResult result = run(agent, ImportMode.VALID_ONLY, file, "dup.xlsx");

        assertThat(result.importedCount()).isEqualTo(1);
        assertThat(result.rejected()).extracting(RejectedRow::row).containsExactly(2, 4);
        assertThat(onlyProblem(result.rejected().get(0))).satisfies(p -> {
            assertThat(p.column()).isEqualTo("联系电话");
            assertThat(p.message()).contains(known, "客户编号 " + existing + ")");
        });
        assertThat(onlyProblem(result.rejected().get(1)).message()).isEqualTo("手机号 " + fresh + " 与本文件第 3 行重复。");
        assertThat(countNamed("重复甲" + tag, "重复丙" + tag)).isZero();
        assertThat(countNamed("重复乙" + tag)).isEqualTo(1);
    }

    @Test
    void aGb18030CsvFromChineseExcelImportsChineseNames() {
        String name = "欧阳娜娜" + tag;
        String csv = "姓名,电话,备注,称呼\r\n" + name + "," + CustomerTestData.mobile() + ",老客户介绍,女士\r\n";

        ImportResult result = run(agent, ImportMode.ALL_OR_NOTHING, csv.getBytes(Charset.forName("GB18030")), "客户.csv");

        assertThat(result.importedCount()).isEqualTo(1);
        CustomerDetails imported = Fixtures.as(supervisor, () -> archive.view(found(name).id()));
        assertThat(imported.name()).isEqualTo(name);
        assertThat(imported.notes()).isEqualTo("老客户介绍");
        assertThat(imported.salutation()).isEqualTo(Salutation.MS);
        assertThat(found("ouyangnana").name()).startsWith("欧阳娜娜");
    }

    @Test
    void aPlainAgentCannotImportFlagsOrAnAccountManagerButMayImportNo() {
        byte[] file = CustomerSheets.xlsx(List.of(row("姓名", "大客户", "会员", "客户经理"),
                row("标记甲" + tag, "是", "否", null), row("标记乙" + tag, "否", "否", null),
                row("标记丙" + tag, null, null, agent.getUsername())));

        ImportResult result = run(agent, ImportMode.VALID_ONLY, file, "flags.xlsx");

        assertThat(result.importedCount()).isEqualTo(1);
        assertThat(result.rejected()).extracting(RejectedRow::row).containsExactly(2, 4);
        assertThat(onlyProblem(result.rejected().get(0))).satisfies(p -> {
            assertThat(p.column()).isEqualTo("大客户");
            assertThat(p.message()).startsWith("只有主管及以上可以设置");
        });
        assertThat(onlyProblem(result.rejected().get(1)).column()).isEqualTo("客户经理");
        assertThat(found("标记乙" + tag).bigCustomer()).isFalse();
    }

    @Test
    void aSupervisorImportsFlagsAndAnAccountManagerByAgentNumber() {
        byte[] file = CustomerSheets.xlsx(List.of(row("姓名", "重要协议客户", "大客户", "客户经理"),
                row("协议甲" + tag, "是", "是", agent.agentNumber()), row("协议乙" + tag, "是", null, null),
                row("协议丙" + tag, null, null, "没有这个人" + tag)));

        ImportResult result = run(supervisor, ImportMode.VALID_ONLY, file, "flags.xlsx");

        assertThat(result.importedCount()).isEqualTo(1);
        CustomerDetails imported = Fixtures.as(supervisor, () -> archive.view(found("协议甲" + tag).id()));
        assertThat(imported.importantAgreement()).isTrue();
        assertThat(imported.bigCustomer()).isTrue();
        assertThat(imported.accountManagerId()).isEqualTo(agent.id());
        assertThat(result.rejected()).extracting(RejectedRow::row).containsExactly(3, 4);
        assertThat(onlyProblem(result.rejected().get(0))).satisfies(p -> {
            assertThat(p.column()).isEqualTo("客户经理");
            assertThat(p.message()).isEqualTo("重要协议客户必须指定客户经理。");
        });
        assertThat(onlyProblem(result.rejected().get(1)).message()).contains("没有这个人" + tag);
    }

    @Test
    void unknownValuesAndBeanValidationFailuresNameTheirColumn() {
        byte[] file = CustomerSheets.xlsx(List.of(row("name", "kind", "email", "potential", "annual sales", "传真"),
                row("校验甲" + tag, "外星人", null, null, null, "x"),
                row("校验乙" + tag, null, "not-an-email", null, null, null),
                row("校验丙" + tag, null, null, "9", "很多", null)));

        ImportResult result = run(agent, ImportMode.VALID_ONLY, file, "check.xlsx");

        assertThat(result.importedCount()).isZero();
        assertThat(result.unknownColumns()).containsExactly("传真");
        assertThat(onlyProblem(result.rejected().get(0))).satisfies(p -> {
            assertThat(p.column()).isEqualTo("kind");
            assertThat(p.message()).isEqualTo("“外星人”无法识别,可填写:个人、单位。");
        });
        assertThat(onlyProblem(result.rejected().get(1)).column()).isEqualTo("email");
        assertThat(result.rejected().get(2).problems()).extracting(ImportProblem::column)
                .containsExactly("annual sales", "potential");
    }
}
