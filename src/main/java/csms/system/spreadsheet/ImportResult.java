package csms.system.spreadsheet;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * The outcome of an import: how many data rows the file had, how many were imported, which were rejected and why
 * (ordered by row), and the headers we did not know. In {@link ImportMode#ALL_OR_NOTHING} either all rows are
 * imported or none. Serializable, so a page may keep it in a flash attribute.
 */
public record ImportResult(String fileName, ImportMode mode, int totalRows, int importedCount,
        List<String> headers, List<String> unknownColumns, List<RejectedRow> rejected) implements Serializable {

    public ImportResult {
        headers = List.copyOf(headers);
        unknownColumns = List.copyOf(unknownColumns);
        rejected = rejected.stream().sorted(Comparator.comparingInt(RejectedRow::row)).toList();
    }

    public int rejectedCount() {
        return rejected.size();
    }

    /** True when rows were refused and, because of the mode, none was imported. */
    public boolean rolledBack() {
        return mode == ImportMode.ALL_OR_NOTHING && !rejected.isEmpty();
    }

    /** All problems, row by row. */
    public List<ImportProblem> problems() {
        return rejected.stream().flatMap(r -> r.problems().stream()).toList();
    }

    /** The first {@code limit} problems, for a page; the full list is in the rejected-rows report. */
    public List<ImportProblem> firstProblems(int limit) {
        return problems().stream().limit(limit).toList();
    }

    public int problemCount() {
        return rejected.stream().mapToInt(r -> r.problems().size()).sum();
    }
}
