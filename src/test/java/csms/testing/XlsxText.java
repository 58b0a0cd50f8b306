package csms.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/** Reads a downloaded {@code .xlsx} back for assertions. */
public final class XlsxText {

    private XlsxText() {
    }

    /** The cells of the first sheet as text, row by row (numbers as stored, dates as serial numbers). */
    public static List<List<String>> firstSheet(byte[] xlsx) throws IOException {
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
            List<List<String>> rows = new ArrayList<>();
            for (Row row : book.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    cells.add(row.getCell(c) == null ? "" : row.getCellText(c));
                }
                rows.add(cells);
            }
            return rows;
        }
    }
}
