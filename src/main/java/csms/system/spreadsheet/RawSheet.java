package csms.system.spreadsheet;

import java.util.List;

/** A file's header and non-empty data rows as trimmed text, each row with its number as Excel shows it. */
record RawSheet(List<String> header, List<Row> rows) {

    record Row(int number, List<String> cells) {

        String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }

    /** Cell text as an import sees it: trimmed, and without the quote our exports put before formula-like text. */
    static String clean(String raw) {
        return raw == null ? "" : FormulaGuard.restore(raw.strip());
    }

    static boolean isBlank(List<String> cells) {
        return cells.stream().allMatch(String::isEmpty);
    }
}
