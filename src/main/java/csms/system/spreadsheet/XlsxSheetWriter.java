package csms.system.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Streaming {@code .xlsx} writer (fastexcel): rows are flushed to the output every {@value #FLUSH_EVERY} rows, and
 * text goes into inline strings rather than the shared-string table, so memory stays flat however many rows.
 */
final class XlsxSheetWriter implements SheetWriter {

    static final int FLUSH_EVERY = 500;
    private static final String DECIMAL = "#,##0.00";
    private static final String DATE = "yyyy-mm-dd";
    private static final String DATE_TIME = "yyyy-mm-dd hh:mm:ss";

    private final Workbook workbook;
    private final Worksheet sheet;
    private final List<CellKind> kinds;
    private int row;

    XlsxSheetWriter(OutputStream out, String sheetName, List<CellKind> kinds) {
        this.workbook = new Workbook(out, "CSMS", "1.0");
        this.sheet = workbook.newWorksheet(safeSheetName(sheetName));
        this.kinds = List.copyOf(kinds);
    }

    @Override
    public void header(List<String> titles) throws IOException {
        for (int c = 0; c < titles.size(); c++) {
            sheet.width(c, width(titles.get(c), c < kinds.size() ? kinds.get(c) : CellKind.TEXT));
            sheet.inlineString(0, c, FormulaGuard.neutralise(titles.get(c)));
        }
        if (!titles.isEmpty()) {
            sheet.range(0, 0, 0, titles.size() - 1).style().bold().set();
            sheet.freezePane(0, 1);
        }
        row = 1;
    }

    @Override
    public void row(List<?> values) throws IOException {
        if (row >= Worksheet.MAX_ROWS) {
            throw new IllegalStateException("An .xlsx sheet holds at most " + Worksheet.MAX_ROWS + " rows; export CSV");
        }
        for (int c = 0; c < values.size(); c++) {
            write(c, values.get(c), c < kinds.size() ? kinds.get(c) : CellKind.TEXT);
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    @Override
    public void finish() throws IOException {
        sheet.finish();
        workbook.finish();
    }

    private void write(int c, Object value, CellKind kind) {
        switch (value) {
            case null -> { }
            case Number n -> {
                sheet.value(row, c, n);
                if (kind == CellKind.DECIMAL) {
                    sheet.style(row, c).format(DECIMAL).set();
                }
            }
            case LocalDateTime t -> {
                sheet.value(row, c, t);
                sheet.style(row, c).format(DATE_TIME).set();
            }
            case LocalDate d -> {
                sheet.value(row, c, d);
                sheet.style(row, c).format(DATE).set();
            }
            default -> sheet.inlineString(row, c, FormulaGuard.neutralise(String.valueOf(value)));
        }
    }

    private static double width(String title, CellKind kind) {
        int base = switch (kind) {
            case DATE -> 12;
            case DATE_TIME -> 20;
            case NUMBER, DECIMAL, YES_NO -> 10;
            default -> 16;
        };
        return Math.min(60, Math.max(base, title.codePointCount(0, title.length()) * 2 + 2));
    }

    /** Excel refuses sheet names over 31 characters, blank ones, and the characters {@code : \ / ? * [ ]}. */
    static String safeSheetName(String name) {
        String cleaned = name == null ? "" : name.replaceAll("[:\\\\/?*\\[\\]\\p{Cntrl}]", "_").strip();
        if (cleaned.isEmpty()) {
            cleaned = "Sheet1";
        }
        return cleaned.codePointCount(0, cleaned.length()) > 31
                ? cleaned.substring(0, cleaned.offsetByCodePoints(0, 31)) : cleaned;
    }
}
