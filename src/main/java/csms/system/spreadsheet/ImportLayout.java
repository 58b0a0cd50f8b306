package csms.system.spreadsheet;

import csms.shared.RuleViolation;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;

/**
 * The columns an import understands. A file's header row is matched against each column's label (in Chinese and
 * English) and aliases; unknown headers are reported, a missing required column or a column given twice refuses
 * the file. The error column of our own rejected-rows report is ignored, so a corrected report can be imported.
 */
public final class ImportLayout {

    private static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private final List<ImportColumn> columns;

    private ImportLayout(List<ImportColumn> columns) {
        this.columns = List.copyOf(columns);
        Set<String> keys = new java.util.HashSet<>();
        for (ImportColumn column : this.columns) {
            if (!keys.add(column.key())) {
                throw new IllegalArgumentException("Column key used twice: " + column.key());
            }
        }
    }

    public static ImportLayout of(ImportColumn... columns) {
        return new ImportLayout(List.of(columns));
    }

    public static ImportLayout of(List<ImportColumn> columns) {
        return new ImportLayout(columns);
    }

    public List<ImportColumn> columns() {
        return columns;
    }

    public Optional<ImportColumn> column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    /** Which file column (by position) holds which of our columns; refuses a file that lacks a required one. */
    Match match(List<String> header, MessageSource messages, Locale locale) {
        Map<String, ImportColumn> names = acceptedNames(messages, locale);
        Set<String> ignored = new java.util.HashSet<>();
        for (Locale language : LANGUAGES) {
            ignored.add(normalise(messages.getMessage("spreadsheet.report.errors", null, "", language)));
        }
        Map<String, Integer> positions = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = normalise(header.get(i));
            ImportColumn column = names.get(name);
            if (column == null) {
                if (!name.isEmpty() && !ignored.contains(name)) {
                    unknown.add(header.get(i));
                }
            } else if (positions.putIfAbsent(column.key(), i) != null) {
                throw RuleViolation.onField("file", "spreadsheet.file.duplicate-column",
                        messages.getMessage(column.labelKey(), null, column.key(), locale));
            }
        }
        List<String> missing = columns.stream().filter(c -> c.required() && !positions.containsKey(c.key()))
                .map(c -> messages.getMessage(c.labelKey(), null, c.key(), locale)).toList();
        if (!missing.isEmpty()) {
            String separator = messages.getMessage("spreadsheet.list-separator", null, ", ", locale);
            throw RuleViolation.onField("file", "spreadsheet.file.missing-columns", String.join(separator, missing));
        }
        return new Match(positions, unknown);
    }

    private Map<String, ImportColumn> acceptedNames(MessageSource messages, Locale locale) {
        Map<String, ImportColumn> names = new HashMap<>();
        for (ImportColumn column : columns) {
            List<String> accepted = new ArrayList<>(column.aliases());
            accepted.add(column.key());
            accepted.add(messages.getMessage(column.labelKey(), null, "", locale));
            for (Locale language : LANGUAGES) {
                accepted.add(messages.getMessage(column.labelKey(), null, "", language));
            }
            for (String name : accepted) {
                String normalised = normalise(name);
                if (!normalised.isEmpty()) {
                    ImportColumn other = names.putIfAbsent(normalised, column);
                    if (other != null && other != column) {
                        throw new IllegalStateException("Header '" + name + "' fits both " + other.key() + " and "
                                + column.key());
                    }
                }
            }
        }
        return names;
    }

    /** Case, width, spaces and the {@code *} of a required column make no difference. */
    static String normalise(String header) {
        String text = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFKC);
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Z}*]", "");
    }

    /** Where our columns are in the file (key → position) and the file's headers we do not know. */
    record Match(Map<String, Integer> positions, List<String> unknown) {
    }
}
