package csms.customer.web;

import csms.system.spreadsheet.ImportMode;
import csms.system.spreadsheet.ImportResult;
import csms.system.spreadsheet.RejectedRow;
import java.util.List;

/**
 * The result of an import as the API returns it: counts, whether everything was rolled back (all-or-nothing with
 * errors), the headers that were ignored, and each rejected row with its cells and problems (row, column, message).
 */
record CustomerImportSummary(String fileName, ImportMode mode, int totalRows, int importedCount, int rejectedCount,
        boolean rolledBack, List<String> unknownColumns, List<RejectedRow> rejected) {

    static CustomerImportSummary of(ImportResult result) {
        return new CustomerImportSummary(result.fileName(), result.mode(), result.totalRows(), result.importedCount(),
                result.rejectedCount(), result.rolledBack(), result.unknownColumns(), result.rejected());
    }
}
