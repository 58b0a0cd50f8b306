package csms.identity;

import static org.assertj.core.api.Assertions.assertThat;

import csms.shared.Role;
import csms.testing.Fixtures;
import csms.testing.HttpSession;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Over real HTTP with sessions in the database: when an administrator disables a user or changes their roles,
 * the user's very next request finds no session and goes to the sign-in page; other users stay signed in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(Fixtures.class)
class SessionEndIT {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    SignedInUser admin;
    HttpSession adminBrowser;

    @BeforeEach
    void adminSignedIn() throws Exception {
        fixtures.organisationSetUp();
        admin = fixtures.user(Role.ADMIN);
        adminBrowser = signedIn(admin);
    }

    @Test
    void disablingAUserEndsTheirSessionAtOnce() throws Exception {
        SignedInUser agent = fixtures.user(Role.AGENT);
        SignedInUser bystander = fixtures.user(Role.AGENT);
        HttpSession agentBrowser = signedIn(agent);
        HttpSession bystanderBrowser = signedIn(bystander);

        String page = "/admin/users/" + agent.id();
        HttpResponse<String> disabled = adminBrowser.postForm(page, page + "/disable");
        assertThat(disabled.statusCode()).isEqualTo(302);
        assertThat(disabled.headers().firstValue("Location")).get().asString().endsWith(page);

        assertRedirectedToSignIn(agentBrowser.get("/"));
        assertThat(bystanderBrowser.get("/").statusCode()).isEqualTo(200);
        assertThat(adminBrowser.get(page).statusCode()).isEqualTo(200);
        assertThat(new HttpSession(base()).signIn(agent.getUsername(), Fixtures.PASSWORD)).isEqualTo(302);
        assertRedirectedToSignIn(agentBrowser.get("/"));
    }

    @Test
    void changingAUsersRolesEndsTheirSessionAndTheNewRightsApplyAfterSigningInAgain() throws Exception {
        SignedInUser agent = fixtures.user(Role.AGENT);
        HttpSession agentBrowser = signedIn(agent);
        assertThat(agentBrowser.get("/audit").statusCode()).isEqualTo(403);

        String page = "/admin/users/" + agent.id();
        HttpResponse<String> saved = adminBrowser.postForm(page, page, "displayName", agent.displayName(),
                "roles", "AGENT", "roles", "SUPERVISOR", "version", "0");
        assertThat(saved.statusCode()).isEqualTo(302);

        assertRedirectedToSignIn(agentBrowser.get("/"));
        assertThat(agentBrowser.signIn(agent.getUsername(), Fixtures.PASSWORD)).isEqualTo(302);
        assertThat(agentBrowser.get("/audit").statusCode()).isEqualTo(200);
    }

    @Test
    void movingAUserToAnotherDepartmentEndsTheirSession() throws Exception {
        SignedInUser agent = fixtures.user(Role.AGENT);
        long department = fixtures.department();
        HttpSession agentBrowser = signedIn(agent);

        String page = "/admin/users/" + agent.id();
        assertThat(adminBrowser.postForm(page, page, "displayName", agent.displayName(), "roles", "AGENT",
                "departmentId", String.valueOf(department), "version", "0").statusCode()).isEqualTo(302);
        assertRedirectedToSignIn(agentBrowser.get("/"));
    }

    private HttpSession signedIn(SignedInUser user) throws Exception {
        HttpSession browser = new HttpSession(base());
        assertThat(browser.signIn(user.getUsername(), Fixtures.PASSWORD)).isEqualTo(302);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        return browser;
    }

    private static void assertRedirectedToSignIn(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
