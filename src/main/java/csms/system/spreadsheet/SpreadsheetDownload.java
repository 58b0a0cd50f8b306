package csms.system.spreadsheet;

import csms.audit.AuditTrail;
import csms.identity.RunAs;
import csms.system.OrganisationSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * For controllers: sends an export as a streamed download ({@code StreamingResponseBody}) with the right
 * {@code Content-Type}, a UTF-8 file name and {@code Cache-Control: no-store}, and records
 * {@code <subject>.exported} in the audit trail.
 * <p>
 * Audit decision: the entry is recorded after the last row is written, in a transaction of its own
 * ({@code REQUIRES_NEW} around {@link AuditTrail#record}), because only then is the row count known and because a
 * stream read inside a read-only transaction cannot write. A download that breaks off (client gone, database
 * error) is recorded too, marked {@code interrupted} with the rows written so far, since those may have left the
 * building. The language, time zone and signed-in user are captured on the request thread, because the body is
 * written on another one.
 */
@Component
public class SpreadsheetDownload {

    private final MessageSource messages;
    private final OrganisationSettings organisation;
    private final AuditTrail audit;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    SpreadsheetDownload(MessageSource messages, OrganisationSettings organisation, AuditTrail audit,
            PlatformTransactionManager transactions, Clock clock) {
        this.messages = messages;
        this.organisation = organisation;
        this.audit = audit;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The current request's language with the organisation's time zone. */
    public SheetLocale currentLocale() {
        return new SheetLocale(messages, LocaleContextHolder.getLocale(), organisation.zone());
    }

    /**
     * Streams {@code rows} as a download named after the export's title and today's date, without an audit entry:
     * for exports without personal data (aggregated figures).
     */
    public <T> ResponseEntity<StreamingResponseBody> send(SpreadsheetExport<T> export, SpreadsheetFormat format,
            RowSource<T> rows) {
        return send(export, format, rows, null);
    }

    /** Streams {@code rows} as a download named after the export's title and today's date, and audits it. */
    public <T> ResponseEntity<StreamingResponseBody> send(SpreadsheetExport<T> export, SpreadsheetFormat format,
            RowSource<T> rows, ExportAudit audited) {
        SheetLocale locale = currentLocale();
        String fileName = export.fileName(format, locale, LocalDate.now(clock.withZone(locale.zone())));
        SecurityContext user = SecurityContextHolder.getContext();
        StreamingResponseBody body = out -> RunAs.within(user, () -> {
            AtomicLong written = new AtomicLong();
            try {
                write(export, format, rows, locale, written, out);
            } catch (IOException | RuntimeException e) {
                try {
                    record(audited, written.get(), format, false);
                } catch (RuntimeException auditFailure) {
                    e.addSuppressed(auditFailure);
                }
                throw e;
            }
            record(audited, written.get(), format, true);
            return null;
        });
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, format.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, Attachment.contentDisposition(fileName))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    private void record(ExportAudit audited, long rows, SpreadsheetFormat format, boolean complete) {
        if (audited == null) {
            return;
        }
        ownTransaction.executeWithoutResult(s -> audit.record(audited.action(), audited.subjectType(), null,
                audited.summary(rows, format, complete), null));
    }

    private <T> void write(SpreadsheetExport<T> export, SpreadsheetFormat format, RowSource<T> rows,
            SheetLocale locale, AtomicLong written, java.io.OutputStream out) throws IOException {
        if (!rows.needsTransaction()) {
            writeOpened(export, format, rows, locale, written, out);
            return;
        }
        try {
            readOnly.executeWithoutResult(s -> {
                try {
                    writeOpened(export, format, rows, locale, written, out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static <T> void writeOpened(SpreadsheetExport<T> export, SpreadsheetFormat format, RowSource<T> rows,
            SheetLocale locale, AtomicLong written, java.io.OutputStream out) throws IOException {
        try (Stream<T> stream = rows.open()) {
            export.write(format, stream.peek(r -> written.incrementAndGet()), out, locale);
        }
    }
}
