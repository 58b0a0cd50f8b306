package csms.system.spreadsheet;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV in UTF-8 with a byte-order mark (so Excel opens Chinese text correctly), comma-separated, CRLF line ends,
 * text neutralised against formula injection; dates as {@code yyyy-MM-dd} and {@code yyyy-MM-dd HH:mm:ss}.
 */
final class CsvSheetWriter implements SheetWriter {

    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Writer writer;
    private final CSVPrinter printer;

    CsvSheetWriter(OutputStream out) {
        this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        try {
            writer.write('\uFEFF');
            this.printer = new CSVPrinter(writer, CSVFormat.EXCEL);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void header(List<String> titles) throws IOException {
        row(titles);
    }

    @Override
    public void row(List<?> values) throws IOException {
        List<String> cells = new ArrayList<>(values.size());
        for (Object value : values) {
            cells.add(cell(value));
        }
        printer.printRecord(cells);
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
        writer.flush();
    }

    private static String cell(Object value) {
        return switch (value) {
            case null -> "";
            case BigDecimal d -> d.toPlainString();
            case Number n -> n.toString();
            case LocalDateTime t -> DATE_TIME.format(t);
            case LocalDate d -> d.toString();
            default -> FormulaGuard.neutralise(String.valueOf(value));
        };
    }
}
