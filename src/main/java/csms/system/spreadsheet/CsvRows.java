package csms.system.spreadsheet;

import csms.shared.RuleViolation;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV as text rows. Encoding: UTF-8 with or without byte-order mark; bytes that are not valid UTF-8 are
 * decoded as GB18030 (a superset of GBK, which Chinese Excel uses for "CSV"); UTF-16 with a byte-order mark too.
 * Comma-separated, or tab-separated when the first line has more tabs than commas. A row's number is its record
 * number, which is the row Excel shows (a quoted multi-line cell is one row).
 */
final class CsvRows {

    static final Charset GB18030 = Charset.forName("GB18030");

    private CsvRows() {
    }

    static RawSheet read(byte[] content, int maxRows) {
        String text = decode(content);
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false)
                .setTrim(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = null;
            List<RawSheet.Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                List<String> cells = record.stream().map(RawSheet::clean).toList();
                if (RawSheet.isBlank(cells)) {
                    continue;
                }
                if (header == null) {
                    header = cells;
                } else if (rows.size() == maxRows) {
                    throw RuleViolation.onField("file", "spreadsheet.file.too-many-rows", maxRows);
                } else {
                    rows.add(new RawSheet.Row(Math.toIntExact(record.getRecordNumber()), cells));
                }
            }
            return new RawSheet(header == null ? List.of() : header, rows);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw RuleViolation.onField("file", "spreadsheet.file.unreadable");
        }
    }

    static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, GB18030);
        }
    }

    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        return first.chars().filter(c -> c == '\t').count() > first.chars().filter(c -> c == ',').count() ? '\t' : ',';
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
