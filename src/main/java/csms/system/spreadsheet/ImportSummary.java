package csms.system.spreadsheet;

import java.util.List;

/**
 * The result of an import as the REST APIs return it (customers, orders, returns): counts, whether everything was
 * rolled back (all-or-nothing with errors), the headers that were ignored, and each rejected row with its cells and
 * problems (row, column, message).
 */
public record ImportSummary(String fileName, ImportMode mode, int totalRows, int importedCount, int rejectedCount,
        boolean rolledBack, List<String> unknownColumns, List<RejectedRow> rejected) {

    public static ImportSummary of(ImportResult result) {
        return new ImportSummary(result.fileName(), result.mode(), result.totalRows(), result.importedCount(),
                result.rejectedCount(), result.rolledBack(), result.unknownColumns(), result.rejected());
    }
}
