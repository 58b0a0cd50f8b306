package csms.system.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import csms.audit.AuditEntry;
import csms.audit.AuditQuery;
import csms.audit.AuditTrail;
import csms.identity.SignedInUser;
import csms.shared.Role;
import csms.system.spreadsheet.ExportAudit;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A PDF download through the whole web stack, as a module's controller would send it. The handler is registered
 * only for the duration of each test, so no route of the application is added.
 */
@IntegrationTest
class PdfDownloadIT {

    static final String PATH = "/pdf-test/download";
    static final String TITLE = "顾客投诉分类统计表";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AuditTrail audit;
    @Autowired
    PdfDownload downloads;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final String filter = "probe=" + UUID.randomUUID();
    RequestMappingInfo mapping;

    /** What a module's page controller would do (a {@code @Controller}, so the page error handling applies). */
    @Controller
    public class Handler {
        @PreAuthorize("hasRole('AGENT')")
        public ResponseEntity<StreamingResponseBody> download(@RequestParam("template") String template) {
            return downloads.send("pdf-test/" + template, model(), TITLE, ExportAudit.of("pdf-test", "Probe", filter));
        }
    }

    static Map<String, Object> model() {
        return Map.of("title", TITLE, "period", "2026年11月",
                "rows", List.of(new PdfDocumentsIT.Row("产品质量", "包装破损", 3)));
    }

    @BeforeEach
    void register() throws NoSuchMethodException {
        fixtures.organisationSetUp();
        mapping = RequestMappingInfo.paths(PATH).build();
        mappings.registerMapping(mapping, new Handler(), Handler.class.getMethod("download", String.class));
    }

    @AfterEach
    void unregister() {
        mappings.unregisterMapping(mapping);
    }

    List<AuditEntry> audited() {
        return audit.find(new AuditQuery(null, "pdf-test.exported", "Probe", null, null, null),
                PageRequest.of(0, 50)).getContent().stream().filter(e -> e.getSummary().contains(filter)).toList();
    }

    static String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    @Test
    void aSignedInUserDownloadsTheReportAsAPdfNamedInChineseAndTheExportIsAudited() throws Exception {
        SignedInUser agent = fixtures.user(Role.AGENT);

        MvcResult started = mvc.perform(get(PATH).param("template", "statistics").with(Fixtures.as(agent)))
                .andReturn();
        MockHttpServletResponse response = mvc.perform(asyncDispatch(started)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"export-" + today()
                + ".pdf\"; filename*=UTF-8''%E9%A1%BE%E5%AE%A2%E6%8A%95%E8%AF%89%E5%88%86%E7%B1%BB%E7%BB%9F%E8%AE%A1"
                + "%E8%A1%A8-" + today() + ".pdf");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(TITLE, "产品质量");
        }
        assertThat(audited()).singleElement().satisfies(e -> {
            assertThat(e.getActor()).isEqualTo(agent.getUsername());
            assertThat(e.getSummary()).isEqualTo("pages=1, format=pdf, filters: " + filter);
        });
    }

    @Test
    void aTemplateErrorAnswersWithAnErrorInsteadOfAHalfWrittenPdf() throws Exception {
        SignedInUser agent = fixtures.user(Role.AGENT);

        MvcResult result = mvc.perform(get(PATH).param("template", "broken").with(Fixtures.as(agent))).andReturn();

        assertThat(result.getRequest().isAsyncStarted()).as("no body was started").isFalse();
        assertThat(result.getResponse().getStatus()).isEqualTo(500);
        assertThat(result.getResponse().getContentType()).startsWith("text/html");
        assertThat(result.getResponse().getHeader("Content-Disposition")).isNull();
        assertThat(audited()).isEmpty();
    }

    @Test
    void aReportWithoutPersonalDataIsSentWithoutAnAuditEntry() throws Exception {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        ResponseEntity<StreamingResponseBody> response;
        try {
            response = downloads.send("pdf-test/statistics", model(), "app.name");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }

        ByteArrayOutputStream body = new ByteArrayOutputStream();
        response.getBody().writeTo(body);
        assertThat(response.getHeaders().getFirst("Content-Disposition")).as("a title given as a message key")
                .endsWith("filename*=UTF-8''%E5%AE%A2%E6%9C%8D%E7%AE%A1%E7%90%86%E7%B3%BB%E7%BB%9F-" + today() + ".pdf");
        assertThat(response.getHeaders().getContentLength()).isEqualTo(body.size());
        assertThat(body.toString(java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
        assertThat(audited()).isEmpty();
    }
}
