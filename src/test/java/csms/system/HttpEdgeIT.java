package csms.system;

import static org.assertj.core.api.Assertions.assertThat;

import csms.testing.Fixtures;
import csms.testing.HttpSession;
import csms.identity.SignedInUser;
import csms.shared.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** Raw HTTP against the running server (Tomcat, Spring Session JDBC): what MockMvc cannot show. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(Fixtures.class)
class HttpEdgeIT {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void organisation() {
        fixtures.organisationSetUp();
    }

    @Test
    void signInRotatesTheSessionIdAndTheSessionLivesInTheDatabase() throws Exception {
        SignedInUser agent = fixtures.user(Role.AGENT);
        HttpSession browser = new HttpSession("http://localhost:" + port);
        browser.get("/login");
        String before = browser.cookie("SESSION");
        assertThat(before).isNotNull();
        assertThat(browser.signIn(agent.getUsername(), Fixtures.PASSWORD)).isEqualTo(302);
        assertThat(browser.cookie("SESSION")).isNotNull().isNotEqualTo(before);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void malformedQueriesAndBodiesAre400NeverA500() throws Exception {
        assertThat(status(get("/login?q=%ff%fe"))).isEqualTo(400);
        assertThat(status(get("/login?q=a%00b"))).isEqualTo(400);
        HttpResponse<String> nulForm = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=a%00&password=b")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(nulForm.statusCode()).isEqualTo(400);
        assertThat(nulForm.body()).contains("urn:csms:problem:malformed-input");
        byte[] badUtf8 = { '{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}' };
        assertThat(status(postJson("/api/v1/anything", HttpRequest.BodyPublishers.ofByteArray(badUtf8)))).isEqualTo(400);
        assertThat(status(postJson("/api/v1/anything", HttpRequest.BodyPublishers.ofString("{\"a\":\"x\\u0000y\"}"))))
                .isEqualTo(400);
    }

    @Test
    void oversizedBodiesAre413() throws Exception {
        byte[] big = new byte[1024 * 1024 + 10];
        java.util.Arrays.fill(big, (byte) 'a');
        HttpResponse<String> r = postJson("/api/v1/anything", HttpRequest.BodyPublishers.ofByteArray(big));
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("urn:csms:problem:too-large");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> postJson(String path, HttpRequest.BodyPublisher body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").POST(body).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int status(HttpResponse<?> r) {
        return r.statusCode();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
