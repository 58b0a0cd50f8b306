package csms.system.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.springframework.context.support.StaticMessageSource;

/** Test fixtures: message sources with our keys, and readers that read produced files back independently. */
final class Sheets {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private Sheets() {
    }

    static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        add(messages, "customer.name", "姓名", "Name");
        add(messages, "customer.phone", "电话", "Phone");
        add(messages, "customer.visits", "来访次数", "Visits");
        add(messages, "customer.amount", "金额", "Amount");
        add(messages, "customer.birthday", "生日", "Birthday");
        add(messages, "customer.created", "建档时间", "Created");
        add(messages, "customer.member", "会员", "Member");
        add(messages, "customer.kind", "类型", "Kind");
        add(messages, "customerkind.PERSON", "个人", "Person");
        add(messages, "customer.title", "客户档案", "Customers");
        add(messages, "spreadsheet.yes", "是", "Yes");
        add(messages, "spreadsheet.no", "否", "No");
        add(messages, "spreadsheet.report.errors", "错误", "Errors");
        add(messages, "spreadsheet.report.problem", "{0}:{1}", "{0}: {1}");
        add(messages, "spreadsheet.report.row", "第 {0} 行", "Row {0}");
        add(messages, "spreadsheet.report.title", "未导入的行", "Rejected rows");
        add(messages, "validation.required", "此项为必填项。", "This field is required.");
        add(messages, "spreadsheet.cell.number", "“{0}”不是整数。", "\"{0}\" is not a whole number.");
        add(messages, "spreadsheet.cell.decimal", "“{0}”不是数字。", "\"{0}\" is not a number.");
        add(messages, "spreadsheet.cell.date", "“{0}”不是日期。", "\"{0}\" is not a date.");
        add(messages, "spreadsheet.cell.bool", "“{0}”不是是/否。", "\"{0}\" is not yes/no.");
        add(messages, "error.integrity", "数据冲突。", "Conflict.");
        return messages;
    }

    static void add(StaticMessageSource messages, String key, String zh, String en) {
        messages.addMessage(key, Locale.SIMPLIFIED_CHINESE, zh);
        messages.addMessage(key, Locale.ENGLISH, en);
    }

    static SheetLocale chinese() {
        return new SheetLocale(messages(), Locale.SIMPLIFIED_CHINESE, SHANGHAI);
    }

    static SheetLocale english() {
        return new SheetLocale(messages(), Locale.ENGLISH, SHANGHAI);
    }

    /** All rows of the first sheet, with cell formats (to see dates). */
    static List<Row> readXlsx(byte[] xlsx) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx),
                new ReadingOptions(true, false))) {
            return workbook.getFirstSheet().read();
        }
    }

    static Cell cell(List<Row> rows, int row, int column) {
        return rows.get(row).getCell(column);
    }

    /** The CSV's records, after checking and removing the UTF-8 byte-order mark. */
    static List<CSVRecord> readCsv(byte[] csv) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8);
        if (!text.startsWith("\uFEFF")) {
            throw new AssertionError("CSV without UTF-8 byte-order mark");
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)), CSVFormat.EXCEL)) {
            return new ArrayList<>(parser.getRecords());
        }
    }
}
