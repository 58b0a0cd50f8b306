package csms.system.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import csms.shared.RuleViolation;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading uploaded files: formats, encodings, header aliases, limits and typed cells with collected problems. */
class SheetReadingTest {

    static final ImportLayout LAYOUT = ImportLayout.of(
            ImportColumn.required("name", "customer.name", "客户名称", "name"),
            ImportColumn.optional("phone", "customer.phone", "手机", "mobile", "联系电话"),
            ImportColumn.optional("visits", "customer.visits"),
            ImportColumn.optional("amount", "customer.amount"),
            ImportColumn.optional("birthday", "customer.birthday"),
            ImportColumn.optional("member", "customer.member", "是否会员"));

    static ImportSheet read(byte[] content, String fileName) {
        return read(content, fileName, ImportLimits.defaults());
    }

    static ImportSheet read(byte[] content, String fileName, ImportLimits limits) {
        return SheetReading.read(new ByteArrayInputStream(content), fileName, LAYOUT, limits, Sheets.messages(),
                Locale.SIMPLIFIED_CHINESE);
    }

    static String refusal(Runnable reading) {
        try {
            reading.run();
        } catch (RuleViolation e) {
            assertThat(e.field()).isEqualTo("file");
            return e.messageKey() + Arrays.toString(e.arguments());
        }
        throw new AssertionError("file was not refused");
    }

    @Test
    void xlsxIsReadByAliasWithTypedCellsAndRowNumbersAsInExcel() {
        byte[] file = TestFiles.xlsx(List.of(
                List.of("客户名称", " Mobile ", "来访次数", "金额", "生日", "是否会员", "备注"),
                List.of("张三", 13800138000L, 3, new BigDecimal("1234.50"), LocalDate.of(1990, 2, 28), true, "x"),
                List.of(),
                List.of("  李四  ", "010-12345678", new TestFiles.Formula("1+2"), "12.5", "1990/3/1", "否", "")));

        ImportSheet sheet = read(file, "客户.xlsx");

        assertThat(sheet.unknownColumns()).containsExactly("备注");
        assertThat(sheet.rows()).extracting(ImportRow::number).containsExactly(2, 4);
        ImportRow first = sheet.rows().get(0);
        assertThat(first.text("name")).isEqualTo("张三");
        assertThat(first.text("phone")).isEqualTo("13800138000");
        assertThat(first.number("visits")).isEqualTo(3L);
        assertThat(first.decimal("amount")).isEqualByComparingTo("1234.5");
        assertThat(first.date("birthday")).isEqualTo(LocalDate.of(1990, 2, 28));
        assertThat(first.bool("member")).isTrue();
        ImportRow second = sheet.rows().get(1);
        assertThat(second.text("name")).isEqualTo("李四");
        assertThat(second.date("birthday")).isEqualTo(LocalDate.of(1990, 3, 1));
        assertThat(second.bool("member")).isFalse();
        assertThat(second.isValid()).isTrue();
        assertThat(second.decimal("amount")).isEqualByComparingTo("12.5");
        assertThat(second.text("visits")).as("a formula without a cached result is not evaluated").isNull();
    }

    @Test
    void dateTimeCellsKeepTheirTime() {
        byte[] file = TestFiles.xlsx(List.of(List.of("姓名", "生日"),
                List.of("王五", LocalDateTime.of(2026, 11, 27, 9, 30, 0))));

        ImportRow row = read(file, "a.xlsx").rows().get(0);

        assertThat(row.text("birthday")).isEqualTo("2026-11-27 09:30:00");
        assertThat(row.dateTime("birthday")).isEqualTo(LocalDateTime.of(2026, 11, 27, 9, 30));
    }

    @ParameterizedTest
    @ValueSource(strings = { "UTF-8", "UTF-8-BOM", "GB18030", "GBK" })
    void csvIsReadInUtf8WithOrWithoutBomAndInGbk(String encoding) {
        String text = "姓名,电话,是否会员,备注\r\n张三,13800138000,是,\"逗号,和\"\"引号\"\"\"\r\n\r\n李四,,否,\r\n";
        Charset charset = encoding.startsWith("UTF-8") ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        byte[] file = TestFiles.csv(text, charset, encoding.endsWith("BOM"));

        ImportSheet sheet = read(file, "客户.csv");

        assertThat(sheet.headers()).containsExactly("姓名", "电话", "是否会员", "备注");
        assertThat(sheet.unknownColumns()).containsExactly("备注");
        assertThat(sheet.rows()).extracting(ImportRow::number).containsExactly(2, 4);
        assertThat(sheet.rows().get(0).text("name")).isEqualTo("张三");
        assertThat(sheet.rows().get(0).bool("member")).isTrue();
        assertThat(sheet.rows().get(0).cells()).containsExactly("张三", "13800138000", "是", "逗号,和\"引号\"");
        assertThat(sheet.rows().get(1).text("phone")).isNull();
    }

    @Test
    void headersMatchIgnoringCaseWidthSpacesAndRequiredMarks() {
        byte[] file = TestFiles.csv("ＮＡＭＥ *,联系 电话,PHONE\n张三,1,2\n", StandardCharsets.UTF_8, false);

        assertThat(refusal(() -> read(file, "a.csv"))).isEqualTo("spreadsheet.file.duplicate-column[电话]");
        byte[] ok = TestFiles.csv("ＮＡＭＥ *,联系 电话\n张三,1\n", StandardCharsets.UTF_8, false);
        assertThat(read(ok, "a.csv").rows().get(0).text("phone")).isEqualTo("1");
    }

    @Test
    void englishHeadersFromTheLabelsAreAccepted() {
        byte[] file = TestFiles.csv("Name,Phone,Birthday\nZhang San,138,2026-11-27\n", StandardCharsets.UTF_8, false);

        ImportRow row = read(file, "a.csv").rows().get(0);

        assertThat(row.text("name")).isEqualTo("Zhang San");
        assertThat(row.date("birthday")).isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @Test
    void typedCellProblemsAreCollectedNotThrown() {
        byte[] file = TestFiles.csv("姓名,来访次数,金额,生日,是否会员\n,三次,12元,2026-13-45,也许\n",
                StandardCharsets.UTF_8, false);
        ImportRow row = read(file, "a.csv").rows().get(0);

        assertThat(row.required("name")).isNull();
        assertThat(row.number("visits")).isNull();
        assertThat(row.decimal("amount")).isNull();
        assertThat(row.date("birthday")).isNull();
        assertThat(row.bool("member")).isNull();

        assertThat(row.isValid()).isFalse();
        assertThat(row.problems()).extracting(CellProblem::column, CellProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("name", "validation.required"),
                org.assertj.core.groups.Tuple.tuple("visits", "spreadsheet.cell.number"),
                org.assertj.core.groups.Tuple.tuple("amount", "spreadsheet.cell.decimal"),
                org.assertj.core.groups.Tuple.tuple("birthday", "spreadsheet.cell.date"),
                org.assertj.core.groups.Tuple.tuple("member", "spreadsheet.cell.bool"));
        assertThat(row.problems().get(1).arguments()).containsExactly("三次");
    }

    @Test
    void ourOwnQuoteIsRemovedButAQuoteTheUserTypedStays() {
        byte[] file = TestFiles.csv("姓名,电话\n'=1+1,'hello\n", StandardCharsets.UTF_8, false);
        ImportRow row = read(file, "a.csv").rows().get(0);

        assertThat(row.text("name")).isEqualTo("=1+1");
        assertThat(row.text("phone")).isEqualTo("'hello");
    }

    @Test
    void askingForAColumnTheLayoutDoesNotHaveIsAProgrammingError() {
        ImportRow row = read(TestFiles.csv("姓名\n张三\n", StandardCharsets.UTF_8, false), "a.csv").rows().get(0);

        assertThat(row.has("phone")).isFalse();
        assertThat(row.text("phone")).isNull();
        assertThatThrownBy(() -> row.text("nmae")).isInstanceOf(IllegalArgumentException.class);
    }
}
