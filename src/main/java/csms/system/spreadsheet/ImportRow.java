package csms.system.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One data row of an imported file, read by column key. The typed getters return {@code null} for an empty cell and,
 * for a cell that does not parse, also {@code null} while recording a problem for that cell — they never throw on
 * user input, so a mapper collects all problems of a row at once. A row with problems is not imported.
 */
public final class ImportRow {

    private final int number;
    private final Set<String> layout;
    private final Map<String, String> values;
    private final List<String> cells;
    private final List<CellProblem> problems = new ArrayList<>();

    ImportRow(int number, Set<String> layout, Map<String, String> values, List<String> cells) {
        this.number = number;
        this.layout = Set.copyOf(layout);
        this.values = Map.copyOf(values);
        this.cells = List.copyOf(cells);
    }

    /** The row number as Excel shows it: the header is row 1, the first data row is row 2. */
    public int number() {
        return number;
    }

    /** True if the file has this column at all (an optional column may be absent). */
    public boolean has(String column) {
        return values.containsKey(known(column));
    }

    /** The trimmed text, or {@code null} when the cell is empty or the file lacks the column. */
    public String text(String column) {
        String value = values.get(known(column));
        return value == null || value.isEmpty() ? null : value;
    }

    /** The text; an empty cell is a problem ({@code validation.required}). */
    public String required(String column) {
        String value = text(column);
        if (value == null) {
            reject(column, "validation.required");
        }
        return value;
    }

    /** A whole number such as {@code 12}, {@code 1,200} or {@code １２}. */
    public Long number(String column) {
        return parsed(column, CellParsing::wholeNumber, "spreadsheet.cell.number");
    }

    /** A decimal number such as {@code 1,234.50}. */
    public BigDecimal decimal(String column) {
        return parsed(column, CellParsing::decimal, "spreadsheet.cell.decimal");
    }

    /** A date such as {@code 2026-11-27}, {@code 2026/11/27}, {@code 2026年11月27日} or {@code 20261127}. */
    public LocalDate date(String column) {
        return parsed(column, CellParsing::date, "spreadsheet.cell.date");
    }

    /** A date and time such as {@code 2026-11-27 09:30} or {@code 2026-11-27 09:30:45}. */
    public LocalDateTime dateTime(String column) {
        return parsed(column, CellParsing::dateTime, "spreadsheet.cell.date-time");
    }

    /** Yes or no: 是/否, true/false, yes/no, 1/0, Y/N (any case). */
    public Boolean bool(String column) {
        return parsed(column, CellParsing::bool, "spreadsheet.cell.bool");
    }

    /** Records a problem with a cell; the message key is translated when the result is shown. */
    public void reject(String column, String messageKey, Object... arguments) {
        problems.add(new CellProblem(column, messageKey, arguments));
    }

    /** Records a problem with the row as a whole. */
    public void rejectRow(String messageKey, Object... arguments) {
        problems.add(new CellProblem(null, messageKey, arguments));
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    public List<CellProblem> problems() {
        return List.copyOf(problems);
    }

    /** The row's cells as in the file (trimmed), in the file's column order. */
    public List<String> cells() {
        return cells;
    }

    private String known(String column) {
        if (!layout.contains(column)) {
            throw new IllegalArgumentException("Not a column of this import: " + column);
        }
        return column;
    }

    private <V> V parsed(String column, Function<String, V> parser, String messageKey) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        V parsed = parser.apply(value);
        if (parsed == null) {
            reject(column, messageKey, value);
        }
        return parsed;
    }
}
