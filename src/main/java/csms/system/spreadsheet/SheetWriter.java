package csms.system.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes one sheet row by row to a stream; values are already converted by {@link CellValues}. */
interface SheetWriter {

    void header(List<String> titles) throws IOException;

    void row(List<?> values) throws IOException;

    /** Completes the file; the underlying stream stays open (the caller owns it). */
    void finish() throws IOException;

    static SheetWriter of(SpreadsheetFormat format, OutputStream out, String sheetName, List<CellKind> kinds) {
        return switch (format) {
            case XLSX -> new XlsxSheetWriter(out, sheetName, kinds);
            case CSV -> new CsvSheetWriter(out);
        };
    }
}
