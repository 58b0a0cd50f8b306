package csms.system.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Reads an uploaded {@code .xlsx} (first sheet) or CSV and runs an {@link ImportPlan} over it. A file that cannot be
 * imported at all — too large, too many rows, unreadable, old {@code .xls}, no header, a required column missing —
 * is refused with a {@code RuleViolation} on field {@code file}; problems of single rows end up in the
 * {@link ImportResult}. Call it outside a transaction: it opens its own (see {@link ImportMode}).
 */
@Service
public class SpreadsheetImport {

    private final ImportLimits limits;
    private final MessageSource messages;
    private final ImportRunner runner;

    SpreadsheetImport(ImportLimits limits, MessageSource messages, ImportRunner runner) {
        this.limits = limits;
        this.messages = messages;
        this.runner = runner;
    }

    public ImportLimits limits() {
        return limits;
    }

    /** Reads the file into rows keyed by our columns (no saving). */
    public ImportSheet read(InputStream in, String fileName, ImportLayout layout) {
        return SheetReading.read(in, fileName, layout, limits, messages, LocaleContextHolder.getLocale());
    }

    /** Reads the file and imports its rows as the plan says, in the chosen mode. */
    public <T> ImportResult run(ImportPlan<T> plan, ImportMode mode, InputStream in, String fileName) {
        return runner.run(plan, mode, read(in, fileName, plan.layout()));
    }

    /** The same for an uploaded multipart file. */
    public <T> ImportResult run(ImportPlan<T> plan, ImportMode mode, MultipartFile file) {
        try {
            return run(plan, mode, file.getInputStream(), file.getOriginalFilename());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
