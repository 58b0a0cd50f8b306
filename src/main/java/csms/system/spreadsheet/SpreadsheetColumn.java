package csms.system.spreadsheet;

import java.util.Objects;
import java.util.function.Function;

/**
 * One exported column: its header (a message key, or literal text when no such key exists), how its cells are
 * written, and the function that takes a row's value (may return {@code null} for an empty cell).
 */
public record SpreadsheetColumn<T>(String header, CellKind kind, Function<? super T, ?> value) {

    public SpreadsheetColumn {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    public static <T> SpreadsheetColumn<T> text(String header, Function<? super T, ?> value) {
        return new SpreadsheetColumn<>(header, CellKind.TEXT, value);
    }

    /** A column whose values are message keys, written translated. */
    public static <T> SpreadsheetColumn<T> label(String header, Function<? super T, String> messageKey) {
        return new SpreadsheetColumn<>(header, CellKind.LABEL, messageKey);
    }

    public static <T> SpreadsheetColumn<T> number(String header, Function<? super T, ? extends Number> value) {
        return new SpreadsheetColumn<>(header, CellKind.NUMBER, value);
    }

    public static <T> SpreadsheetColumn<T> decimal(String header, Function<? super T, ? extends Number> value) {
        return new SpreadsheetColumn<>(header, CellKind.DECIMAL, value);
    }

    /** A date column; the function may return a {@code LocalDate}, an {@code Instant} or a zoned/offset time. */
    public static <T> SpreadsheetColumn<T> date(String header, Function<? super T, ?> value) {
        return new SpreadsheetColumn<>(header, CellKind.DATE, value);
    }

    /** A date-time column; an {@code Instant} (as stored) is shown in the organisation's time zone. */
    public static <T> SpreadsheetColumn<T> dateTime(String header, Function<? super T, ?> value) {
        return new SpreadsheetColumn<>(header, CellKind.DATE_TIME, value);
    }

    public static <T> SpreadsheetColumn<T> yesNo(String header, Function<? super T, Boolean> value) {
        return new SpreadsheetColumn<>(header, CellKind.YES_NO, value);
    }
}
