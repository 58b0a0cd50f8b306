package csms.system.spreadsheet;

import java.io.Serializable;
import java.util.List;

/** A row that was not imported: its number as in Excel, its cells as in the file, and why. */
public record RejectedRow(int row, List<String> cells, List<ImportProblem> problems) implements Serializable {

    public RejectedRow {
        cells = List.copyOf(cells);
        problems = List.copyOf(problems);
    }
}
