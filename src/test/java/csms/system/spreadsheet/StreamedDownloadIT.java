package csms.system.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import csms.audit.AuditEntry;
import csms.audit.AuditQuery;
import csms.audit.AuditTrail;
import csms.identity.ApiTokens;
import csms.identity.SignedInUser;
import csms.shared.Role;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A streamed download through the whole web stack, for a page (session) and for the API (Bearer token): the body
 * is written asynchronously and the ASYNC dispatch that ends it is not refused. The handler is registered only for
 * the duration of each test, so no route of the application is added.
 */
@IntegrationTest
class StreamedDownloadIT {

    static final String PAGE = "/spreadsheet-test/download";
    static final String API = "/api/v1/spreadsheet-test/download";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ApiTokens tokens;
    @Autowired
    AuditTrail audit;
    @Autowired
    SpreadsheetDownload downloads;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final String filter = "probe=" + UUID.randomUUID();
    RequestMappingInfo mapping;

    /** What a module's controller would do. */
    public class Handler {
        @PreAuthorize("hasRole('AGENT')")
        public ResponseEntity<StreamingResponseBody> download() {
            return downloads.send(SpreadsheetExport.of("客户档案", SpreadsheetColumn.text("名称", (String s) -> s)),
                    SpreadsheetFormat.CSV, RowSource.of(List.of("=1+1", "张三")),
                    ExportAudit.of("spreadsheet-test", "Probe", filter));
        }
    }

    @BeforeEach
    void register() throws NoSuchMethodException {
        fixtures.organisationSetUp();
        mapping = RequestMappingInfo.paths(PAGE, API).build();
        mappings.registerMapping(mapping, new Handler(), Handler.class.getMethod("download"));
    }

    @AfterEach
    void unregister() {
        mappings.unregisterMapping(mapping);
    }

    List<AuditEntry> audited() {
        return audit.find(new AuditQuery(null, "spreadsheet-test.exported", "Probe", null, null, null),
                PageRequest.of(0, 50)).getContent().stream().filter(e -> e.getSummary().contains(filter)).toList();
    }

    static void assertDownloaded(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Disposition")).contains("filename*=UTF-8''%E5%AE%A2%E6%88%B7");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("\uFEFF名称\r\n'=1+1\r\n张三\r\n");
    }

    @Test
    void aPageStreamsTheDownloadForASignedInUser() throws Exception {
        SignedInUser agent = fixtures.user(Role.AGENT);

        MvcResult started = mvc.perform(get(PAGE).with(Fixtures.as(agent))).andReturn();

        assertThat(started.getRequest().isAsyncStarted()).isTrue();
        assertDownloaded(mvc.perform(asyncDispatch(started)).andReturn().getResponse());
        assertThat(audited()).singleElement().satisfies(e -> assertThat(e.getActor()).isEqualTo(agent.getUsername()));
    }

    @Test
    void theApiStreamsTheDownloadForABearerTokenAndTheAsyncDispatchIsNotRefused() throws Exception {
        SignedInUser agent = fixtures.user(Role.AGENT);
        String secret = Fixtures.as(agent, () -> tokens.issue(agent.id(), "download", null)).secret();

        MvcResult started = mvc.perform(get(API).header("Authorization", "Bearer " + secret)).andReturn();

        assertThat(started.getRequest().isAsyncStarted()).isTrue();
        assertDownloaded(mvc.perform(asyncDispatch(started)).andReturn().getResponse());
        assertThat(audited()).singleElement().satisfies(e -> assertThat(e.getActor()).isEqualTo(agent.getUsername()));
    }

    @Test
    void withoutATokenTheApiRefusesBeforeAnythingIsStreamed() throws Exception {
        MvcResult refused = mvc.perform(get(API)).andReturn();

        assertThat(refused.getResponse().getStatus()).isEqualTo(401);
        assertThat(refused.getRequest().isAsyncStarted()).isFalse();
        assertThat(audited()).isEmpty();
    }
}
