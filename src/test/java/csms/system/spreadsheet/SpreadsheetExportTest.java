package csms.system.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** Exports read back with independent readers: fastexcel-reader for .xlsx and commons-csv for CSV. */
class SpreadsheetExportTest {

    record Person(String name, String phone, Long visits, BigDecimal amount, LocalDate birthday, Instant created,
            Boolean member, String kind) {
    }

    static final List<String> DANGEROUS = List.of("=1+1", "+86 138 0013 8000", "-2", "@SUM(A1)", "\t=x",
            "  =cmd|' /C calc'!A0", "\r=HYPERLINK(\"http://evil\")");

    static final SpreadsheetExport<Person> EXPORT = SpreadsheetExport.of("customer.title",
            SpreadsheetColumn.text("customer.name", Person::name),
            SpreadsheetColumn.text("customer.phone", Person::phone),
            SpreadsheetColumn.number("customer.visits", Person::visits),
            SpreadsheetColumn.decimal("customer.amount", Person::amount),
            SpreadsheetColumn.date("customer.birthday", Person::birthday),
            SpreadsheetColumn.dateTime("customer.created", Person::created),
            SpreadsheetColumn.yesNo("customer.member", Person::member),
            SpreadsheetColumn.label("customer.kind", Person::kind));

    // 2026-11-27 01:30:45 UTC is 09:30:45 in Shanghai.
    static final Instant CREATED = Instant.parse("2026-11-27T01:30:45.678Z");

    static Person plain(String name) {
        return new Person(name, "13800138000", -2L, new BigDecimal("1234.56"), LocalDate.of(1990, 2, 28), CREATED,
                true, "customerkind.PERSON");
    }

    static byte[] export(SpreadsheetFormat format, Stream<Person> rows, SheetLocale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EXPORT.write(format, rows, out, locale);
        return out.toByteArray();
    }

    @Test
    void xlsxQuotesEveryFormulaLikeTextAndLeavesPlainTextAlone() throws IOException {
        Stream<Person> rows = Stream.concat(DANGEROUS.stream().map(SpreadsheetExportTest::plain),
                Stream.of(plain("普通文本")));
        List<Row> read = Sheets.readXlsx(export(SpreadsheetFormat.XLSX, rows, Sheets.chinese()));

        for (int i = 0; i < DANGEROUS.size(); i++) {
            assertThat(Sheets.cell(read, i + 1, 0).getType()).isEqualTo(CellType.STRING);
            assertThat(Sheets.cell(read, i + 1, 0).asString()).isEqualTo("'" + DANGEROUS.get(i));
        }
        assertThat(Sheets.cell(read, DANGEROUS.size() + 1, 0).asString()).isEqualTo("普通文本");
    }

    @Test
    void xlsxWritesNumbersAndDatesAsTypedCellsInTheOrganisationZone() throws IOException {
        List<Row> read = Sheets.readXlsx(export(SpreadsheetFormat.XLSX, Stream.of(plain("张三")), Sheets.chinese()));

        assertThat(read.get(0).stream().map(c -> c.asString()).toList())
                .containsExactly("姓名", "电话", "来访次数", "金额", "生日", "建档时间", "会员", "类型");
        Row row = read.get(1);
        assertThat(row.getCell(1).asString()).isEqualTo("13800138000");
        assertThat(row.getCell(2).getType()).isEqualTo(CellType.NUMBER);
        assertThat(row.getCell(2).asNumber()).isEqualByComparingTo("-2");
        assertThat(row.getCell(3).getType()).isEqualTo(CellType.NUMBER);
        assertThat(row.getCell(3).asNumber()).isEqualByComparingTo("1234.56");
        assertThat(row.getCell(4).getType()).isEqualTo(CellType.NUMBER);
        assertThat(row.getCell(4).asDate()).isEqualTo(LocalDateTime.of(1990, 2, 28, 0, 0));
        assertThat(row.getCell(4).getDataFormatString()).isEqualTo("yyyy-mm-dd");
        assertThat(row.getCell(5).asDate()).isEqualTo(LocalDateTime.of(2026, 11, 27, 9, 30, 45));
        assertThat(row.getCell(6).asString()).isEqualTo("是");
        assertThat(row.getCell(7).asString()).isEqualTo("个人");
    }

    @Test
    void csvHasByteOrderMarkQuotesFormulaLikeTextAndPlainNumbersAndDates() throws IOException {
        Stream<Person> rows = Stream.concat(DANGEROUS.stream().map(SpreadsheetExportTest::plain),
                Stream.of(plain("普通文本")));
        List<CSVRecord> read = Sheets.readCsv(export(SpreadsheetFormat.CSV, rows, Sheets.english()));

        assertThat(read.get(0).toList())
                .containsExactly("Name", "Phone", "Visits", "Amount", "Birthday", "Created", "Member", "Kind");
        for (int i = 0; i < DANGEROUS.size(); i++) {
            assertThat(read.get(i + 1).get(0)).isEqualTo("'" + DANGEROUS.get(i));
        }
        CSVRecord plain = read.get(DANGEROUS.size() + 1);
        assertThat(plain.toList()).containsExactly("普通文本", "13800138000", "-2", "1234.56", "1990-02-28",
                "2026-11-27 09:30:45", "Yes", "Person");
    }

    @Test
    void emptyValuesAreEmptyCells() throws IOException {
        Person empty = new Person("王五", null, null, null, null, null, null, null);
        List<Row> xlsx = Sheets.readXlsx(export(SpreadsheetFormat.XLSX, Stream.of(empty), Sheets.chinese()));
        List<CSVRecord> csv = Sheets.readCsv(export(SpreadsheetFormat.CSV, Stream.of(empty), Sheets.chinese()));

        assertThat(xlsx.get(1).getCellText(1)).isEmpty();
        assertThat(xlsx.get(1).getCellText(5)).isEmpty();
        assertThat(csv.get(1).toList()).containsExactly("王五", "", "", "", "", "", "", "");
    }

    @Test
    void headersThatLookLikeFormulasAreQuotedToo() throws IOException {
        SpreadsheetExport<String> export = SpreadsheetExport.of("=title", SpreadsheetColumn.text("=HEADER()", s -> s));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(SpreadsheetFormat.XLSX, Stream.of("x"), out, Sheets.chinese());

        assertThat(Sheets.cell(Sheets.readXlsx(out.toByteArray()), 0, 0).asString()).isEqualTo("'=HEADER()");
    }

    @Test
    void fileNameIsTheTranslatedTitleAndDay() {
        assertThat(EXPORT.fileName(SpreadsheetFormat.XLSX, Sheets.chinese(), LocalDate.of(2026, 11, 27)))
                .isEqualTo("客户档案-2026-11-27.xlsx");
        assertThat(EXPORT.fileName(SpreadsheetFormat.CSV, Sheets.english(), LocalDate.of(2026, 11, 27)))
                .isEqualTo("Customers-2026-11-27.csv");
        assertThat(SpreadsheetExport.of("a/b:c", SpreadsheetColumn.text("x", o -> o))
                .fileName(SpreadsheetFormat.CSV, Sheets.chinese(), LocalDate.of(2026, 1, 2))).isEqualTo("a_b_c-2026-01-02.csv");
    }

    @Test
    void sheetNamesAreMadeAcceptableToExcel() {
        assertThat(XlsxSheetWriter.safeSheetName("客户[2026]/导出?")).isEqualTo("客户_2026__导出_");
        assertThat(XlsxSheetWriter.safeSheetName("  ")).isEqualTo("Sheet1");
        assertThat(XlsxSheetWriter.safeSheetName("一".repeat(40))).hasSize(31);
    }
}
