package csms.system.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What a module exports: a title (message key or text; names the sheet and the file) and its columns. Writing
 * streams the rows one by one to {@code .xlsx} or CSV without collecting them; every text cell goes through
 * {@link FormulaGuard}, numbers and dates are typed cells, headers are translated into the given language.
 */
public final class SpreadsheetExport<T> {

    private final String title;
    private final List<SpreadsheetColumn<T>> columns;

    private SpreadsheetExport(String title, List<SpreadsheetColumn<T>> columns) {
        this.title = Objects.requireNonNull(title, "title");
        this.columns = List.copyOf(columns);
        if (this.columns.isEmpty()) {
            throw new IllegalArgumentException("An export needs at least one column");
        }
    }

    public static <T> SpreadsheetExport<T> of(String title, List<SpreadsheetColumn<T>> columns) {
        return new SpreadsheetExport<>(title, columns);
    }

    @SafeVarargs
    public static <T> SpreadsheetExport<T> of(String title, SpreadsheetColumn<T>... columns) {
        return new SpreadsheetExport<>(title, List.of(columns));
    }

    public String title() {
        return title;
    }

    public List<SpreadsheetColumn<T>> columns() {
        return columns;
    }

    /** The translated header texts, in column order. */
    public List<String> headers(SheetLocale locale) {
        return columns.stream().map(c -> locale.text(c.header())).toList();
    }

    /** The download's file name: translated title, day and extension, e.g. {@code 客户档案-2026-11-27.xlsx}. */
    public String fileName(SpreadsheetFormat format, SheetLocale locale, LocalDate day) {
        String base = locale.text(title).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return (base.isEmpty() ? "export" : base) + "-" + day + "." + format.extension();
    }

    /**
     * Writes the header and every row to {@code out} (left open) and returns the number of rows written. The
     * stream is consumed lazily; the caller closes it.
     */
    public long write(SpreadsheetFormat format, Stream<? extends T> rows, OutputStream out, SheetLocale locale)
            throws IOException {
        List<CellKind> kinds = columns.stream().map(SpreadsheetColumn::kind).toList();
        SheetWriter writer = SheetWriter.of(format, out, locale.text(title), kinds);
        writer.header(headers(locale));
        long count = 0;
        Iterator<? extends T> it = rows.iterator();
        List<Object> values = new ArrayList<>(columns.size());
        while (it.hasNext()) {
            T row = it.next();
            values.clear();
            for (SpreadsheetColumn<T> column : columns) {
                values.add(CellValues.convert(column.kind(), column.value().apply(row), locale));
            }
            writer.row(values);
            count++;
        }
        writer.finish();
        return count;
    }
}
