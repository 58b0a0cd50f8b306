package csms.system.pdf;

import csms.audit.AuditTrail;
import csms.system.OrganisationSettings;
import csms.system.spreadsheet.Attachment;
import csms.system.spreadsheet.ExportAudit;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * For controllers: sends a report as a PDF download ({@code application/pdf}, a UTF-8 file name such as
 * {@code 顾客投诉分类统计表-2026-11-27.pdf}, {@code Cache-Control: no-store}), with the same return type as
 * {@link csms.system.spreadsheet.SpreadsheetDownload} so one handler can offer both formats.
 * <p>
 * The document is rendered completely on the request thread before the response starts: a template error fails
 * the request with the usual error page or problem details, never a half-written {@code 200}. An audited download
 * records {@code <subject>.exported} with the page count at that moment, in a transaction of its own, with the
 * signed-in user and their address.
 */
@Component
public class PdfDownload {

    public static final MediaType PDF = MediaType.APPLICATION_PDF;

    private final PdfDocuments documents;
    private final MessageSource messages;
    private final OrganisationSettings organisation;
    private final AuditTrail audit;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    PdfDownload(PdfDocuments documents, MessageSource messages, OrganisationSettings organisation, AuditTrail audit,
            PlatformTransactionManager transactions, Clock clock) {
        this.documents = documents;
        this.messages = messages;
        this.organisation = organisation;
        this.audit = audit;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Renders {@code template} in the request's language and sends it, named after {@code title} (a message key or
     * text) and today's date in the organisation's zone. For reports without personal data: nothing is audited.
     */
    public ResponseEntity<StreamingResponseBody> send(String template, Map<String, ?> model, String title) {
        return respond(fileName(title, LocaleContextHolder.getLocale()), render(template, model).bytes());
    }

    /** As {@link #send(String, Map, String)}, and records the export in the audit trail. */
    public ResponseEntity<StreamingResponseBody> send(String template, Map<String, ?> model, String title,
            ExportAudit audited) {
        Rendered pdf = render(template, model);
        ownTransaction.executeWithoutResult(s -> audit.record(audited.action(), audited.subjectType(), null,
                summary(audited, pdf.pages()), null));
        return respond(fileName(title, LocaleContextHolder.getLocale()), pdf.bytes());
    }

    /** The download's file name, e.g. {@code 顾客投诉分类统计表-2026-11-27.pdf}. */
    String fileName(String title, Locale locale) {
        String text = messages.getMessage(title, null, title, locale);
        String base = text.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return (base.isEmpty() ? "report" : base) + "-" + LocalDate.now(clock.withZone(organisation.zone())) + ".pdf";
    }

    static String summary(ExportAudit audited, int pages) {
        return "pages=" + pages + ", format=pdf"
                + (audited.filters().isBlank() ? "" : ", filters: " + audited.filters());
    }

    private Rendered render(String template, Map<String, ?> model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pages = documents.render(template, model, LocaleContextHolder.getLocale(), out);
        return new Rendered(out.toByteArray(), pages);
    }

    private static ResponseEntity<StreamingResponseBody> respond(String fileName, byte[] pdf) {
        return ResponseEntity.ok()
                .contentType(PDF)
                .contentLength(pdf.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, Attachment.contentDisposition(fileName))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(out -> out.write(pdf));
    }

    /** The finished document in memory, and its page count. */
    private record Rendered(byte[] bytes, int pages) {
    }
}
