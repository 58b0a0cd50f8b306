package csms.system.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import csms.audit.AuditEntry;
import csms.audit.AuditQuery;
import csms.audit.AuditTrail;
import csms.identity.SignedInUser;
import csms.shared.Role;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.IntStream;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Downloads as a controller sends them: headers, streaming on another thread, the audit entry. */
@IntegrationTest
class SpreadsheetWebIT {

    record Contact(String name, String phone) {
    }

    static final SpreadsheetExport<Contact> EXPORT = SpreadsheetExport.of("客户档案",
            SpreadsheetColumn.text("spreadsheet.result.column", Contact::name),
            SpreadsheetColumn.text("电话", Contact::phone));

    @Autowired
    SpreadsheetDownload downloads;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Fixtures fixtures;

    String filter;

    @BeforeEach
    void chinese() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        filter = "batch=" + UUID.randomUUID();
    }

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    List<AuditEntry> exports() {
        return audit.find(new AuditQuery(null, "spreadsheet-web.exported", "Contact", null, null, null),
                PageRequest.of(0, 100)).getContent().stream().filter(e -> e.getSummary().contains(filter)).toList();
    }

    /** Writes the body on another thread, as the servlet container does for a StreamingResponseBody. */
    static void writeElsewhere(StreamingResponseBody body, OutputStream out) throws Exception {
        try {
            CompletableFuture.runAsync(() -> {
                try {
                    body.writeTo(out);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof java.io.UncheckedIOException u ? u.getCause() : (Exception) e.getCause();
        }
    }

    @Test
    void aDatabaseStreamIsSentAsAnAttachmentWithAChineseFileNameAndAudited() throws Exception {
        SignedInUser user = fixtures.user(Role.SUPERVISOR);
        ResponseEntity<StreamingResponseBody> response = Fixtures.as(user, () -> downloads.send(EXPORT,
                SpreadsheetFormat.XLSX, RowSource.stream(() -> jdbc.sql("SELECT '=1+1' AS name, '138' AS phone "
                        + "UNION ALL SELECT '张三', '139'").query((rs, n) -> new Contact(rs.getString(1), rs.getString(2)))
                        .stream()), ExportAudit.of("spreadsheet-web", "Contact", filter)));

        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        assertThat(response.getHeaders().getFirst("Content-Type"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.getHeaders().getFirst("Content-Disposition")).isEqualTo("attachment; filename=\"export-"
                + today + ".xlsx\"; filename*=UTF-8''%E5%AE%A2%E6%88%B7%E6%A1%A3%E6%A1%88-" + today + ".xlsx");
        assertThat(response.getHeaders().getFirst("Cache-Control")).isEqualTo("no-store");
        assertThat(exports()).as("nothing is audited before the body is written").isEmpty();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeElsewhere(response.getBody(), out);

        List<Row> rows = Sheets.readXlsx(out.toByteArray());
        assertThat(rows.get(0).getCellText(0)).isEqualTo("列");
        assertThat(rows).extracting(r -> r.getCellText(0)).containsExactly("列", "'=1+1", "张三");
        assertThat(exports()).singleElement().satisfies(e -> {
            assertThat(e.getActor()).isEqualTo(user.getUsername());
            assertThat(e.getSummary()).isEqualTo("rows=2, format=xlsx, filters: " + filter);
        });
    }

    @Test
    void aPagedSourceIsReadPageByPageIntoCsv() throws Exception {
        List<Contact> all = IntStream.range(0, 7).mapToObj(i -> new Contact("客户" + i, "1" + i)).toList();
        ResponseEntity<StreamingResponseBody> response = downloads.send(EXPORT, SpreadsheetFormat.CSV,
                RowSource.paged(3, Sort.by("name"), p -> new SliceImpl<>(all.subList((int) p.getOffset(),
                        (int) Math.min(all.size(), p.getOffset() + p.getPageSize())), p,
                        p.getOffset() + p.getPageSize() < all.size())), ExportAudit.of("spreadsheet-web", "Contact", filter));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeElsewhere(response.getBody(), out);

        assertThat(response.getHeaders().getFirst("Content-Type")).isEqualTo("text/csv;charset=UTF-8");
        assertThat(Sheets.readCsv(out.toByteArray())).extracting(r -> r.get(0))
                .containsExactly("列", "客户0", "客户1", "客户2", "客户3", "客户4", "客户5", "客户6");
        assertThat(exports()).singleElement().satisfies(e -> assertThat(e.getSummary()).startsWith("rows=7, format=csv"));
    }

    @Test
    void anInterruptedDownloadIsAuditedAsInterrupted() {
        List<Contact> many = IntStream.range(0, 5_000).mapToObj(i -> new Contact("客户" + i, "1")).toList();
        ResponseEntity<StreamingResponseBody> response = downloads.send(EXPORT, SpreadsheetFormat.CSV,
                RowSource.of(many), ExportAudit.of("spreadsheet-web", "Contact", filter));
        OutputStream clientGone = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };

        assertThatThrownBy(() -> writeElsewhere(response.getBody(), clientGone)).isInstanceOf(IOException.class);
        assertThat(exports()).singleElement().satisfies(e -> assertThat(e.getSummary()).endsWith(", interrupted"));
    }
}
