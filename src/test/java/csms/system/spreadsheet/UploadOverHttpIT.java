package csms.system.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import csms.identity.SignedInUser;
import csms.shared.Role;
import csms.testing.Fixtures;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * An import as a browser does it, over real HTTP (Tomcat, JDBC sessions): the form fragment carries the CSRF token,
 * a multipart upload with it is accepted, the result fragment links the rejected-rows report, and the report is
 * served from the session in the database. Handlers exist only while each test runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(Fixtures.class)
class UploadOverHttpIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern REPORT = Pattern.compile("href=\"(/spreadsheet/rejected/[^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    SpreadsheetImport imports;
    @Autowired
    ImportReports reports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final List<RequestMappingInfo> registered = new java.util.ArrayList<>();
    final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    ScratchContacts contacts;

    /** What a module's page controller would do. */
    public class Handler {
        @PreAuthorize("hasRole('AGENT')")
        public ModelAndView form() {
            ModelAndView page = new ModelAndView("fragments/import :: form(action=${action},mode=${mode},error=${error})");
            page.addObject("action", "/spreadsheet-test/upload");
            page.addObject("mode", null);
            page.addObject("error", null);
            return page;
        }

        @PreAuthorize("hasRole('AGENT')")
        public ModelAndView upload(@RequestParam("file") MultipartFile file, @RequestParam("mode") String mode,
                HttpServletRequest request) {
            ImportResult result = imports.run(contacts.plan(500), ImportMode.parse(mode), file);
            ModelAndView page = new ModelAndView("fragments/import :: result(result=${result},reportUrl=${reportUrl})");
            page.addObject("result", result);
            page.addObject("reportUrl", reports.keep(request.getSession(), result));
            return page;
        }
    }

    @BeforeEach
    void register() throws NoSuchMethodException {
        fixtures.organisationSetUp();
        contacts = new ScratchContacts(jdbc);
        Handler handler = new Handler();
        register(RequestMappingInfo.paths("/spreadsheet-test/upload").methods(RequestMethod.GET).build(), handler,
                Handler.class.getMethod("form"));
        register(RequestMappingInfo.paths("/spreadsheet-test/upload").methods(RequestMethod.POST).build(), handler,
                Handler.class.getMethod("upload", MultipartFile.class, String.class, HttpServletRequest.class));
    }

    private void register(RequestMappingInfo info, Object handler, java.lang.reflect.Method method) {
        mappings.registerMapping(info, handler, method);
        registered.add(info);
    }

    @AfterEach
    void unregister() {
        registered.forEach(mappings::unregisterMapping);
    }

    @Test
    void aSignedInUserUploadsAFileWithTheFormsCsrfTokenAndDownloadsTheRejectedRows() throws Exception {
        SignedInUser agent = fixtures.user(Role.AGENT);
        signIn(agent.getUsername());
        String form = get("/spreadsheet-test/upload").body();
        assertThat(form).contains("enctype=\"multipart/form-data\"", "导入所有正确的行");

        HttpResponse<String> result = upload(csrf(form), "联系人.csv",
                "姓名,电话,备注\n张一,1,\n,2,=HYPERLINK(\"http://x\")\n".getBytes(StandardCharsets.UTF_8));

        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.body()).contains("文件“联系人.csv”共 2 行数据:已导入 1 行,未导入 1 行。", "<td>3</td>");
        assertThat(contacts.saved()).containsExactly("张一");
        Matcher report = REPORT.matcher(result.body());
        assertThat(report.find()).isTrue();
        HttpResponse<byte[]> xlsx = http.send(HttpRequest.newBuilder(uri(report.group(1))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(Sheets.readXlsx(xlsx.body()).get(1).getCellText(2)).isEqualTo("'=HYPERLINK(\"http://x\")");
    }

    @Test
    void anUploadWithoutTheCsrfTokenIsRefused() throws Exception {
        signIn(fixtures.user(Role.AGENT).getUsername());

        HttpResponse<String> refused = upload(null, "a.csv", "姓名,电话\n张一,1\n".getBytes(StandardCharsets.UTF_8));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(contacts.saved()).isEmpty();
    }

    private HttpResponse<String> upload(String csrf, String fileName, byte[] content) throws Exception {
        String boundary = "----csms" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (csrf != null) {
            body.writeBytes(part(boundary, "_csrf", null).getBytes(StandardCharsets.UTF_8));
            body.writeBytes((csrf + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes((part(boundary, "mode", null) + "VALID_ONLY\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(part(boundary, "file", fileName).getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri("/spreadsheet-test/upload"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String part(String boundary, String name, String fileName) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: text/csv") + "\r\n\r\n";
    }

    private void signIn(String username) throws Exception {
        String token = csrf(get("/login").body());
        String form = "_csrf=" + enc(token) + "&username=" + enc(username) + "&password=" + enc(Fixtures.PASSWORD);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("CSRF token on the page").isTrue();
        return m.group(1);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
