package csms.customer;

import csms.testing.XlsxText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Spreadsheets for customer import/export tests: files written as a user would, and readers independent of ours. */
final class CustomerSheets {

    private CustomerSheets() {
    }

    /** An .xlsx whose rows are text cells (null: empty cell); the first row is the header. */
    static byte[] xlsx(List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook book = new Workbook(out, "Test", "1.0");
            Worksheet sheet = book.newWorksheet("Sheet1");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String value = rows.get(r).get(c);
                    if (value != null) {
                        sheet.value(r, c, value);
                    }
                }
            }
            sheet.finish();
            book.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The cells of the first sheet as text, row by row (numbers as stored, dates as serial numbers). */
    static List<List<String>> readXlsx(byte[] xlsx) throws IOException {
        return XlsxText.firstSheet(xlsx);
    }

    /** The records of a CSV after checking and removing the UTF-8 byte-order mark. */
    static List<CSVRecord> readCsv(byte[] csv) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8);
        if (!text.startsWith("\uFEFF")) {
            throw new AssertionError("CSV without UTF-8 byte-order mark");
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)), CSVFormat.EXCEL)) {
            return parser.getRecords();
        }
    }

    /** The value in the named column of a data row. */
    static String cell(List<List<String>> rows, int row, String header) {
        int column = rows.get(0).indexOf(header);
        if (column < 0) {
            throw new AssertionError("No column " + header + " in " + rows.get(0));
        }
        List<String> cells = rows.get(row);
        return column < cells.size() ? cells.get(column) : "";
    }
}
