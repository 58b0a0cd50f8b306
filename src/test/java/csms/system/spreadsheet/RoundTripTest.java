package csms.system.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What we export, we import back unchanged: formula-like and quoted texts, line breaks, numbers, dates, yes/no. */
class RoundTripTest {

    record Entry(String text, Long count, BigDecimal amount, LocalDate day, Instant at, Boolean flag) {
    }

    static final List<String> TRICKY = List.of("=1+1", "+86 138 0013 8000", "-2", "@SUM(A1)", "\t=x",
            "  =cmd|' /C calc'!A0", "'=already quoted", "''=twice", "'hello", "'", "普通文本", "逗号,和\"引号\"",
            "第一行\r\n第二行", "O'Brien", "=", "１２３", "\u3000=全角空格");

    static final SpreadsheetExport<Entry> EXPORT = SpreadsheetExport.of("customer.title",
            SpreadsheetColumn.text("customer.name", Entry::text),
            SpreadsheetColumn.number("customer.visits", Entry::count),
            SpreadsheetColumn.decimal("customer.amount", Entry::amount),
            SpreadsheetColumn.date("customer.birthday", Entry::day),
            SpreadsheetColumn.dateTime("customer.created", Entry::at),
            SpreadsheetColumn.yesNo("customer.member", Entry::flag));

    static final ImportLayout LAYOUT = ImportLayout.of(
            ImportColumn.required("text", "customer.name"),
            ImportColumn.optional("count", "customer.visits"),
            ImportColumn.optional("amount", "customer.amount"),
            ImportColumn.optional("day", "customer.birthday"),
            ImportColumn.optional("at", "customer.created"),
            ImportColumn.optional("flag", "customer.member"));

    @ParameterizedTest
    @EnumSource(SpreadsheetFormat.class)
    void exportThenImportIsLossless(SpreadsheetFormat format) throws IOException {
        List<Entry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < TRICKY.size(); i++) {
            entries.add(new Entry(TRICKY.get(i), (long) (i % 2 == 0 ? -i : i * 1_000_000_007L),
                    new BigDecimal("-1234.5").add(BigDecimal.valueOf(i, 2)), LocalDate.of(2026, 2, 28).plusDays(i),
                    Instant.parse("2026-11-27T16:30:45Z").plusSeconds(i * 3600L), i % 3 == 0));
        }
        for (SheetLocale locale : List.of(Sheets.chinese(), Sheets.english())) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            EXPORT.write(format, entries.stream(), out, locale);

            ImportSheet sheet = SheetReading.read(new ByteArrayInputStream(out.toByteArray()),
                    "round." + format.extension(), LAYOUT, ImportLimits.defaults(), locale.messages(), locale.locale());

            assertThat(sheet.unknownColumns()).isEmpty();
            assertThat(sheet.rows()).hasSameSizeAs(entries);
            for (int i = 0; i < entries.size(); i++) {
                Entry expected = entries.get(i);
                ImportRow row = sheet.rows().get(i);
                assertThat(row.number()).isEqualTo(i + 2);
                assertThat(row.text("text")).as("text of row %d", i).isEqualTo(expected.text());
                assertThat(row.number("count")).isEqualTo(expected.count());
                assertThat(row.decimal("amount")).isEqualByComparingTo(expected.amount());
                assertThat(row.date("day")).isEqualTo(expected.day());
                assertThat(row.dateTime("at")).isEqualTo(LocalDateTime.ofInstant(expected.at(), Sheets.SHANGHAI));
                assertThat(row.bool("flag")).isEqualTo(expected.flag());
                assertThat(row.problems()).isEmpty();
            }
        }
    }
}
