package csms.system.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import csms.audit.AuditQuery;
import csms.audit.AuditTrail;
import csms.testing.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The two import modes against a real database: a scratch table with a unique phone column, so that a clash is
 * found only when saving. Counting the rows of this test's own batch proves what was committed and rolled back.
 */
@IntegrationTest
class SpreadsheetImportIT {

    @Autowired
    SpreadsheetImport imports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail audit;
    @Autowired
    TransactionTemplate transactions;

    ScratchContacts contacts;

    @BeforeEach
    void scratchTable() {
        contacts = new ScratchContacts(jdbc);
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    ImportResult run(ImportMode mode, int batchSize, String csv) {
        return run(contacts.plan(batchSize), mode, csv);
    }

    ImportResult run(ImportPlan<ScratchContacts.Contact> plan, ImportMode mode, String csv) {
        return imports.run(plan, mode, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "联系人.csv");
    }

    static final String WITH_CLASH = "姓名,电话\n张一,1\n,2\n张三,3\n张四,3\n张五,5\n";

    @Test
    void validOnlyImportsTheValidRowsAndRejectsInvalidAndClashingOnes() {
        ImportResult result = run(ImportMode.VALID_ONLY, 2, WITH_CLASH);

        assertThat(contacts.saved()).containsExactly("张一", "张三", "张五");
        assertThat(result.totalRows()).isEqualTo(5);
        assertThat(result.importedCount()).isEqualTo(3);
        assertThat(result.rolledBack()).isFalse();
        assertThat(result.problems()).containsExactly(
                new ImportProblem(3, "姓名", "此项为必填项。"),
                new ImportProblem(5, "", "数据与现有记录冲突,请检查后重试。"));
        assertThat(result.rejected().get(1).cells()).containsExactly("张四", "3");
    }

    @Test
    void validOnlyRejectsARowThatClashesWithWhatIsAlreadySaved() {
        contacts.insert("已有", contacts.phone("9"));

        ImportResult result = run(ImportMode.VALID_ONLY, 500, "姓名,电话\n甲,8\n乙,9\n丙,10\n");

        assertThat(contacts.saved()).containsExactly("已有", "甲", "丙");
        assertThat(result.importedCount()).isEqualTo(2);
        assertThat(result.rejected()).extracting(RejectedRow::row).containsExactly(3);
    }

    @Test
    void validOnlyRetriesAfterClashesCostAtMostOneMorePassNotAQuadraticOne() {
        StringBuilder csv = new StringBuilder("姓名,电话\n");
        for (int i = 0; i < 40; i++) {
            if (i % 2 == 1) {
                contacts.insert("已有" + i, contacts.phone(String.valueOf(i)));
            }
            csv.append("新").append(i).append(',').append(i).append('\n');
        }
        java.util.concurrent.atomic.AtomicInteger saves = new java.util.concurrent.atomic.AtomicInteger();
        ImportPlan<ScratchContacts.Contact> plan = contacts.plan(500);
        ImportResult result = run(ImportPlan.<ScratchContacts.Contact>of(plan.subject(), plan.subjectType(),
                plan.layout(), plan.mapper(), c -> {
                    saves.incrementAndGet();
                    plan.saver().accept(c);
                }), ImportMode.VALID_ONLY, csv.toString());

        assertThat(result.importedCount()).isEqualTo(20);
        assertThat(result.rejected()).extracting(RejectedRow::row).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, 20).mapToObj(i -> 3 + 2 * i).toList());
        assertThat(contacts.saved()).hasSize(40);
        assertThat(saves.get()).isLessThanOrEqualTo(2 * 40);
    }

    @Test
    void allOrNothingImportsNothingWhenARowIsInvalid() {
        ImportResult result = run(ImportMode.ALL_OR_NOTHING, 500, "姓名,电话\n张一,1\n张二,\n,\n,4\n");

        assertThat(contacts.saved()).isEmpty();
        assertThat(result.importedCount()).isZero();
        assertThat(result.rolledBack()).isTrue();
        assertThat(result.totalRows()).as("the empty row 4 is skipped").isEqualTo(3);
        assertThat(result.problems()).containsExactly(new ImportProblem(3, "电话", "此项为必填项。"),
                new ImportProblem(5, "姓名", "此项为必填项。"));
    }

    @Test
    void allOrNothingRollsBackRowsAlreadySavedWhenALaterRowClashes() {
        ImportResult result = run(ImportMode.ALL_OR_NOTHING, 2, "姓名,电话\n张一,1\n张二,2\n张三,3\n张四,3\n");

        assertThat(contacts.saved()).as("rows 2–4 were inserted before row 5 clashed, and rolled back").isEmpty();
        assertThat(result.importedCount()).isZero();
        assertThat(result.rolledBack()).isTrue();
        assertThat(result.problems()).containsExactly(new ImportProblem(5, "", "数据与现有记录冲突,请检查后重试。"));
    }

    @Test
    void allOrNothingImportsEverythingWhenAllRowsAreValid() {
        ImportResult result = run(ImportMode.ALL_OR_NOTHING, 2, "姓名,电话\n张一,1\n张二,2\n张三,3\n");

        assertThat(contacts.saved()).containsExactly("张一", "张二", "张三");
        assertThat(result.importedCount()).isEqualTo(3);
        assertThat(result.rejected()).isEmpty();
    }

    @Test
    void aBusinessRuleRefusedWhileSavingNamesTheColumnAsHeadedInTheFile() {
        ImportResult result = run(ImportMode.VALID_ONLY, 500, "姓名,电话\n张一,1\n拒绝,2\n");

        assertThat(contacts.saved()).containsExactly("张一");
        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "电话"));
        assertThat(result.problems().get(0).message()).contains(contacts.phone("2"));
    }

    @Test
    void commandsAreCheckedWithBeanValidationBeforeSaving() {
        ImportResult result = run(ImportMode.VALID_ONLY, 500, "姓名,电话\n一二三四五六七八九十十一,1\n张二,2\n");

        assertThat(contacts.saved()).containsExactly("张二");
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("姓名");
            assertThat(p.message()).isNotBlank().doesNotContain("{");
        });
    }

    @Test
    void theImportIsAudited() {
        run(ImportMode.VALID_ONLY, 500, "姓名,电话\n张一,1\n,2\n");

        var entries = audit.find(new AuditQuery(null, "spreadsheet-it.imported", "Contact", null, null, null),
                PageRequest.of(0, 50)).getContent();
        assertThat(entries).anySatisfy(e -> assertThat(e.getSummary())
                .isEqualTo("file=联系人.csv, mode=VALID_ONLY, rows=2, imported=1, rejected=1"));
    }

    @Test
    void anImportRefusesToJoinATransaction() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(s -> run(ImportMode.VALID_ONLY, 500,
                "姓名,电话\n张一,1\n"))).isInstanceOf(IllegalStateException.class);
        assertThat(contacts.saved()).isEmpty();
    }
}
