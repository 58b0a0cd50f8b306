package csms.system.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The rejected rows of an import as an {@code .xlsx}: the file's own headers and cell values (neutralised like every
 * export) and a last column with the row number and the problems. The user can correct it and import it again; the
 * error column is then ignored.
 */
final class RejectedRowsReport {

    private RejectedRowsReport() {
    }

    static void write(ImportResult result, OutputStream out, SheetLocale locale) throws IOException {
        List<String> headers = new ArrayList<>(result.headers());
        headers.add(locale.text("spreadsheet.report.errors"));
        SheetWriter writer = SheetWriter.of(SpreadsheetFormat.XLSX, out, locale.text("spreadsheet.report.title"),
                Collections.nCopies(headers.size(), CellKind.TEXT));
        writer.header(headers);
        for (RejectedRow row : result.rejected()) {
            List<String> cells = new ArrayList<>(row.cells());
            while (cells.size() < result.headers().size()) {
                cells.add("");
            }
            cells = new ArrayList<>(cells.subList(0, result.headers().size()));
            cells.add(errors(row, locale));
            writer.row(cells);
        }
        writer.finish();
    }

    static String errors(RejectedRow row, SheetLocale locale) {
        String problems = row.problems().stream()
                .map(p -> p.column().isEmpty() ? p.message() : locale.message("spreadsheet.report.problem", p.column(), p.message()))
                .collect(Collectors.joining("; "));
        return locale.message("spreadsheet.report.row", row.row()) + " " + problems;
    }

    static String fileName(ImportResult result, SheetLocale locale) {
        String original = result.fileName().replaceAll("(?i)\\.(xlsx|csv|txt)$", "").replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return locale.text("spreadsheet.report.title") + (original.isBlank() ? "" : "-" + original.strip()) + ".xlsx";
    }
}
