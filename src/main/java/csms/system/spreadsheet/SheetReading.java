package csms.system.spreadsheet;

import csms.shared.RuleViolation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;

/**
 * From uploaded bytes to an {@link ImportSheet}: size limit, format by content (ZIP → {@code .xlsx}; old OLE2
 * {@code .xls} refused with a hint; otherwise CSV if the name says so), header matching and the row limit.
 */
final class SheetReading {

    private SheetReading() {
    }

    static ImportSheet read(InputStream in, String fileName, ImportLayout layout, ImportLimits limits,
            MessageSource messages, Locale locale) {
        byte[] content = readLimited(in, limits);
        RawSheet raw = switch (format(content, fileName)) {
            case XLSX -> XlsxRows.read(content, limits.maxRows());
            case CSV -> CsvRows.read(content, limits.maxRows());
        };
        if (raw.header().isEmpty()) {
            throw RuleViolation.onField("file", "spreadsheet.file.no-header");
        }
        ImportLayout.Match match = layout.match(raw.header(), messages, locale);
        Set<String> keys = layout.columns().stream().map(ImportColumn::key).collect(Collectors.toSet());
        List<ImportRow> rows = raw.rows().stream().map(r -> {
            Map<String, String> values = new HashMap<>();
            match.positions().forEach((key, position) -> values.put(key, r.cell(position)));
            return new ImportRow(r.number(), keys, values, r.cells());
        }).toList();
        Map<String, String> columnHeaders = new HashMap<>();
        match.positions().forEach((key, position) -> columnHeaders.put(key, raw.header().get(position)));
        return new ImportSheet(fileName == null ? "" : fileName, raw.header(), columnHeaders, match.unknown(), rows);
    }

    private static byte[] readLimited(InputStream in, ImportLimits limits) {
        int max = (int) limits.maxFileSize().toBytes();
        try (in) {
            byte[] content = in.readNBytes(max + 1);
            if (content.length > max) {
                throw RuleViolation.onField("file", "spreadsheet.file.too-large", limits.maxMegabytes());
            }
            if (content.length == 0) {
                throw RuleViolation.onField("file", "spreadsheet.file.empty");
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SpreadsheetFormat format(byte[] content, String fileName) {
        if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
            return SpreadsheetFormat.XLSX;
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw RuleViolation.onField("file", "spreadsheet.file.xls");
        }
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return SpreadsheetFormat.CSV;
        }
        throw RuleViolation.onField("file", name.endsWith(".xlsx") ? "spreadsheet.file.unreadable" : "spreadsheet.file.type");
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
