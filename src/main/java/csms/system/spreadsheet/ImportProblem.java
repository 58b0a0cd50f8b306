package csms.system.spreadsheet;

import java.io.Serializable;

/** A translated problem as the user sees it: row number as in Excel, column header as in their file, message. */
public record ImportProblem(int row, String column, String message) implements Serializable {
}
