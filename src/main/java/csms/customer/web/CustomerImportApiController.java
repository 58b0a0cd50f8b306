package csms.customer.web;

import csms.customer.CustomerImport;
import csms.shared.RuleViolation;
import csms.system.spreadsheet.ImportMode;
import csms.system.spreadsheet.ImportSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Customer import over REST: the same rows, rules, duplicates check and audit as the import page. The result is
 * 200 with counts and rejected rows whatever the rows' fate; a file refused as a whole is 422 (unreadable, wrong
 * type, required column missing) or 413 (over the size limit).
 */
@RestController
@Tag(name = "Customers")
class CustomerImportApiController {

    private static final String TOO_LARGE = "spreadsheet.file.too-large";

    private final CustomerImport imports;
    private final MessageSource messages;

    CustomerImportApiController(CustomerImport imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @PostMapping(path = "/api/v1/customers/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Import customers from .xlsx or CSV (multipart part 'file')",
            description = "mode=VALID_ONLY (default) imports the valid rows and lists the rejected ones; "
                    + "ALL_OR_NOTHING imports nothing if any row is rejected. Imported customers are unassigned. "
                    + "A mobile number of an active customer, or of an earlier row, is rejected as a duplicate.")
    ImportSummary importFile(@RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "VALID_ONLY") ImportMode mode) {
        try {
            return ImportSummary.of(imports.run(mode, file));
        } catch (RuleViolation e) {
            throw TOO_LARGE.equals(e.messageKey()) ? new FileTooLarge(e) : e;
        }
    }

    /** A file over the import's size limit is 413, with the limit in the message. */
    @ExceptionHandler(FileTooLarge.class)
    ProblemDetail tooLarge(FileTooLarge e, HttpServletRequest request, Locale locale) {
        RuleViolation refusal = e.refusal();
        String message = messages.getMessage(refusal.messageKey(), refusal.arguments(), locale);
        ProblemDetail pd = ProblemDetail.forStatus(HttpStatus.CONTENT_TOO_LARGE);
        pd.setType(URI.create("urn:csms:problem:too-large"));
        pd.setTitle(messages.getMessage("problem.too-large", null, "Content Too Large", locale));
        pd.setDetail(message);
        pd.setInstance(URI.create(request.getRequestURI()));
        pd.setProperty("errors", List.of(Map.of("field", "file", "message", message)));
        return pd;
    }

    /** The import refused the file for its size. */
    static final class FileTooLarge extends RuntimeException {
        private final transient RuleViolation refusal;

        FileTooLarge(RuleViolation refusal) {
            super(refusal.getMessage(), refusal);
            this.refusal = refusal;
        }

        RuleViolation refusal() {
            return refusal;
        }
    }
}
