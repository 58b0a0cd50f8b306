package csms.system.spreadsheet;

import csms.shared.RuleViolation;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Keeps the rejected-rows report of a user's latest import in their session (which is shared by all nodes), as a
 * compressed {@code .xlsx}, so the result page can link to it: {@code /spreadsheet/rejected/{token}}. Only the
 * latest report is kept, which bounds the session's size; another user's token finds nothing.
 */
@Component
public class ImportReports {

    static final String ATTRIBUTE = ImportReports.class.getName();
    static final String PATH = "/spreadsheet/rejected/";

    private final SpreadsheetDownload downloads;

    ImportReports(SpreadsheetDownload downloads) {
        this.downloads = downloads;
    }

    /**
     * Runs an upload for an import page: the chosen {@code mode} and the {@code importResult} with its report link
     * ({@code reportUrl}) go on the model, or, when the file is refused as a whole, the refusal as {@code importError}
     * (the page shows it beside the form). Refusals of anything but the file propagate.
     */
    public void runForPage(Model model, HttpSession session, ImportMode mode, Supplier<ImportResult> run) {
        model.addAttribute("mode", mode);
        try {
            ImportResult result = run.get();
            model.addAttribute("importResult", result);
            model.addAttribute("reportUrl", keep(session, result));
        } catch (RuleViolation e) {
            if (!"file".equals(e.field())) {
                throw e;
            }
            model.addAttribute("importError", e);
        }
    }

    /** Stores the report of rejected rows and returns its path (for {@code @{...}}), or null if none was rejected. */
    public String keep(HttpSession session, ImportResult result) {
        if (result.rejected().isEmpty()) {
            return null;
        }
        SheetLocale locale = downloads.currentLocale();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            RejectedRowsReport.write(result, out, locale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Stored report = new Stored(UUID.randomUUID().toString(), RejectedRowsReport.fileName(result, locale),
                out.toByteArray());
        session.setAttribute(ATTRIBUTE, report);
        return PATH + report.token();
    }

    Optional<Stored> find(HttpSession session, String token) {
        return session != null && session.getAttribute(ATTRIBUTE) instanceof Stored s && s.token().equals(token)
                ? Optional.of(s) : Optional.empty();
    }

    /** A report kept in a session. */
    record Stored(String token, String fileName, byte[] content) implements Serializable {
    }
}
