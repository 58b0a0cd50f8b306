package csms.system.spreadsheet;

import csms.shared.RuleViolation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads the first sheet of an {@code .xlsx} as text, row by row: numbers in plain notation, date-formatted numbers
 * as {@code yyyy-MM-dd} (or with {@code HH:mm:ss} when they have a time), formulas by their cached result — never
 * evaluated. Stops as soon as there are more data rows than allowed.
 */
final class XlsxRows {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private XlsxRows() {
    }

    static RawSheet read(byte[] content, int maxRows) {
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(content), new ReadingOptions(true, false));
                Stream<Row> stream = book.getFirstSheet().openStream()) {
            List<String> header = null;
            List<RawSheet.Row> rows = new ArrayList<>();
            for (Iterator<Row> it = stream.iterator(); it.hasNext();) {
                Row row = it.next();
                List<String> cells = texts(row);
                if (RawSheet.isBlank(cells)) {
                    continue;
                }
                if (header == null) {
                    header = cells;
                } else if (rows.size() == maxRows) {
                    throw RuleViolation.onField("file", "spreadsheet.file.too-many-rows", maxRows);
                } else {
                    rows.add(new RawSheet.Row(row.getRowNum(), cells));
                }
            }
            return new RawSheet(header == null ? List.of() : header, rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuleViolation rv) {
                throw rv;
            }
            throw RuleViolation.onField("file", "spreadsheet.file.unreadable");
        }
    }

    private static List<String> texts(Row row) {
        List<String> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(RawSheet.clean(text(row.getCell(i))));
        }
        return cells;
    }

    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case EMPTY -> "";
            case STRING -> cell.asString();
            case BOOLEAN -> Boolean.TRUE.equals(cell.asBoolean()) ? "TRUE" : "FALSE";
            case NUMBER -> isDateFormat(cell.getDataFormatId(), cell.getDataFormatString()) ? date(cell.asDate())
                    : plain(cell.getRawValue());
            case FORMULA, ERROR -> cell.getRawValue() == null ? "" : cell.getRawValue();
        };
    }

    private static String plain(String raw) {
        try {
            BigDecimal number = new BigDecimal(raw.strip());
            return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    private static String date(LocalDateTime value) {
        LocalDateTime rounded = value.plusNanos(500_000_000L).withNano(0);
        return rounded.toLocalTime().toSecondOfDay() == 0 ? rounded.toLocalDate().toString() : DATE_TIME.format(rounded);
    }

    /** Built-in date formats (also the Chinese ones, 27–36 and 50–58) and custom formats with date or time parts. */
    static boolean isDateFormat(Integer id, String format) {
        if (id != null && ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47)
                || (id >= 50 && id <= 58))) {
            return true;
        }
        if (format == null) {
            return false;
        }
        String bare = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").replaceAll("\\\\.", "")
                .toLowerCase(Locale.ROOT);
        return bare.matches(".*[ymdhs].*") && !bare.equals("general");
    }
}
