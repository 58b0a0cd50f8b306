package csms.system.spreadsheet;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits on an uploaded import file: {@code csms.import.max-file-size} (default 10MB) and
 * {@code csms.import.max-rows} (data rows, default 10,000). Larger files are refused with a clear message.
 */
@ConfigurationProperties("csms.import")
public record ImportLimits(DataSize maxFileSize, Integer maxRows) {

    public ImportLimits {
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(10) : maxFileSize;
        maxRows = maxRows == null ? 10_000 : maxRows;
        if (maxFileSize.toBytes() < 1 || maxFileSize.toBytes() > Integer.MAX_VALUE - 16 || maxRows < 1) {
            throw new IllegalArgumentException("csms.import limits must be positive (and files under 2 GB)");
        }
    }

    public static ImportLimits defaults() {
        return new ImportLimits(null, null);
    }

    /** The file size limit in whole megabytes, for messages. */
    public long maxMegabytes() {
        return Math.max(1, maxFileSize.toMegabytes());
    }
}
