package csms.service;

import static csms.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.customer.CustomerArchive;
import csms.identity.SignedInUser;
import csms.shared.Role;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Attachments: stored under generated names, type from the content, size limited, 404 where the request is. */
@IntegrationTest
class AttachmentsIT {

    static final byte[] PNG = Base64.getDecoder().decode(ServiceTestData.SIGNATURE.substring(22));

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CustomerArchive archive;
    @Autowired
    ServiceRequests requests;
    @Autowired
    JdbcClient jdbc;
    @Value("${csms.data-dir}")
    String dataDir;

    SignedInUser agent;
    long requestId;

    @BeforeEach
    void setUp() {
        long team = fixtures.department();
        agent = fixtures.user(team, Role.AGENT);
        long customerId = ServiceTestData.customer(archive, agent, "陈静", false, false);
        requestId = as(agent, () -> requests.register(ServiceTestData.consultation(customerId, "附件请求"))).id();
    }

    @Test
    void anImageIsStoredUnderAGeneratedNameAndDownloadedAsAnAttachment() throws Exception {
        MvcResult created = mvc.perform(multipart("/api/v1/requests/{id}/attachments", requestId)
                        .file(new MockMultipartFile("file", "../../现场照片.png", "image/png", PNG))
                        .with(Fixtures.as(agent)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("现场照片.png"))
                .andExpect(jsonPath("$.contentType").value("image/png")).andReturn();
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(), "$.id")).longValue();
        String stored = jdbc.sql("select stored_name from request_attachment where id = ?").param(id)
                .query(String.class).single();
        assertThat(stored).doesNotContain("现场照片").endsWith(".bin");
        assertThat(Files.readAllBytes(Path.of(dataDir, "attachments", stored))).isEqualTo(PNG);

        mvc.perform(get("/requests/{r}/attachments/{a}", requestId, id).with(Fixtures.as(agent)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        mvc.perform(get("/api/v1/requests/{r}/attachments", requestId).with(Fixtures.as(agent)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].name").value("现场照片.png"));
        assertThat(as(agent, () -> requests.view(requestId))).isNotNull();
    }

    @Test
    void aFileWhoseContentDoesNotMatchItsExtensionIsRefused() throws Exception {
        mvc.perform(multipart("/api/v1/requests/{id}/attachments", requestId)
                        .file(new MockMultipartFile("file", "照片.png", "image/png", "<script>alert(1)</script>".getBytes()))
                        .with(Fixtures.as(agent)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(multipart("/api/v1/requests/{id}/attachments", requestId)
                        .file(new MockMultipartFile("file", "page.html", "text/html", "<p>hi</p>".getBytes()))
                        .with(Fixtures.as(agent)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(multipart("/api/v1/requests/{id}/attachments", requestId)
                        .file(new MockMultipartFile("file", "说明.txt", "text/plain", "客户说明：请尽快处理".getBytes(StandardCharsets.UTF_8)))
                        .with(Fixtures.as(agent)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.contentType").value("text/plain; charset=UTF-8"));
        assertThat(jdbc.sql("select count(*) from request_attachment where request_id = ?").param(requestId)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aFileOverTheLimitIsRefusedAndNothingIsKept() throws Exception {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        mvc.perform(multipart("/api/v1/requests/{id}/attachments", requestId)
                        .file(new MockMultipartFile("file", "大图.png", "image/png", big)).with(Fixtures.as(agent)))
                .andExpect(status().isUnprocessableContent());
        assertThat(jdbc.sql("select count(*) from request_attachment where request_id = ?").param(requestId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anAttachmentOfARequestTheViewerMayNotSeeIs404() throws Exception {
        mvc.perform(multipart("/api/v1/requests/{id}/attachments", requestId)
                        .file(new MockMultipartFile("file", "a.png", "image/png", PNG)).with(Fixtures.as(agent)))
                .andExpect(status().isCreated());
        long other = fixtures.department();
        jdbc.sql("update service_request set restricted_department_id = ? where id = ?").params(other, requestId)
                .update();
        SignedInUser outsider = fixtures.user(fixtures.department(), Role.AGENT);
        long attachment = jdbc.sql("select id from request_attachment where request_id = ?").param(requestId)
                .query(Long.class).single();
        mvc.perform(get("/requests/{r}/attachments/{a}", requestId, attachment).with(Fixtures.as(outsider)))
                .andExpect(status().isNotFound())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(not(containsString("a.png"))));
        mvc.perform(get("/api/v1/requests/{r}/attachments", requestId).with(Fixtures.as(outsider)))
                .andExpect(status().isNotFound());
    }
}
