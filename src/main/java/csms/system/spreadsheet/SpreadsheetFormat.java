package csms.system.spreadsheet;

import java.util.Locale;
import java.util.Optional;

/** The file formats we write and read. */
public enum SpreadsheetFormat {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("csv", "text/csv;charset=UTF-8");

    private final String extension;
    private final String contentType;

    SpreadsheetFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** The format named by a file name's extension, if it is one of ours. */
    public static Optional<SpreadsheetFormat> ofFileName(String fileName) {
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        for (SpreadsheetFormat format : values()) {
            if (name.endsWith("." + format.extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** Parses a request parameter such as {@code xlsx} or {@code csv}; anything else is {@code XLSX}. */
    public static SpreadsheetFormat parse(String value) {
        return "csv".equalsIgnoreCase(value == null ? "" : value.strip()) ? CSV : XLSX;
    }
}
