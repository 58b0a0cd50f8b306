package csms.system.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Files as users make them: .xlsx written cell by cell (typed numbers, dates, booleans, formulas) and CSV bytes. */
final class TestFiles {

    private TestFiles() {
    }

    /** Each row is a list of values: String, Number, Boolean, LocalDate, LocalDateTime, or "=…" for a formula. */
    static byte[] xlsx(List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook book = new Workbook(out, "Test", "1.0");
            Worksheet sheet = book.newWorksheet("Sheet1");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    write(sheet, r, c, rows.get(r).get(c));
                }
            }
            sheet.finish();
            book.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(Worksheet sheet, int r, int c, Object value) {
        switch (value) {
            case null -> { }
            case Formula f -> sheet.formula(r, c, f.expression());
            case Number n -> sheet.value(r, c, n);
            case Boolean b -> sheet.value(r, c, b);
            case LocalDate d -> {
                sheet.value(r, c, d);
                sheet.style(r, c).format("yyyy\"年\"m\"月\"d\"日\"").set();
            }
            case LocalDateTime t -> {
                sheet.value(r, c, t);
                sheet.style(r, c).format("yyyy-mm-dd hh:mm").set();
            }
            default -> sheet.value(r, c, String.valueOf(value));
        }
    }

    record Formula(String expression) {
    }

    static byte[] csv(String text, Charset charset, boolean byteOrderMark) {
        byte[] body = text.getBytes(charset);
        if (!byteOrderMark) {
            return body;
        }
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        return withBom;
    }
}
