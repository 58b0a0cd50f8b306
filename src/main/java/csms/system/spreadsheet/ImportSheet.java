package csms.system.spreadsheet;

import java.util.List;
import java.util.Map;

/**
 * A file as read for an import: its name, header texts, where our columns are (key → header text as in the file),
 * headers we do not know, and its non-empty data rows.
 */
public record ImportSheet(String fileName, List<String> headers, Map<String, String> columnHeaders,
        List<String> unknownColumns, List<ImportRow> rows) {

    public ImportSheet {
        headers = List.copyOf(headers);
        columnHeaders = Map.copyOf(columnHeaders);
        unknownColumns = List.copyOf(unknownColumns);
        rows = List.copyOf(rows);
    }
}
