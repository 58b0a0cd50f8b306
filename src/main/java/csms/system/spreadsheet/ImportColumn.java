package csms.system.spreadsheet;

import java.util.List;
import java.util.Objects;

/**
 * A column an import understands: its key (also the command's field name, so save-time field errors find it), the
 * message key of its label, whether a file without it is refused, and the header texts accepted besides the label
 * in Chinese and English (compared ignoring case, spaces, full/half width and a {@code *} marking required).
 */
public record ImportColumn(String key, String labelKey, boolean required, List<String> aliases) {

    public ImportColumn {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(labelKey, "labelKey");
        aliases = List.copyOf(aliases);
    }

    public static ImportColumn required(String key, String labelKey, String... aliases) {
        return new ImportColumn(key, labelKey, true, List.of(aliases));
    }

    public static ImportColumn optional(String key, String labelKey, String... aliases) {
        return new ImportColumn(key, labelKey, false, List.of(aliases));
    }
}
