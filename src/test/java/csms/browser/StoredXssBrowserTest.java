package csms.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static csms.browser.SetupWizardBrowserTest.field;
import static csms.browser.SetupWizardBrowserTest.fillSetup;
import static csms.browser.SetupWizardBrowserTest.submit;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import csms.identity.Departments;
import csms.identity.NewUser;
import csms.identity.SignedInUser;
import csms.identity.UserAccounts;
import csms.shared.Role;
import csms.system.Organisation;
import csms.system.OrganisationSettings;
import csms.testing.Fixtures;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Script stored in free-text fields stays text on every page that shows it. The browser ignores the CSP here,
 * so only output escaping stands between stored input and execution. Own database: setup stores payloads too.
 */
@BrowserTest
@IgnoreContentSecurityPolicy
@TestPropertySource(properties = "csms.test.context=browser-xss")
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StoredXssBrowserTest {

    static final List<String> PAYLOADS = List.of(
            "<script>window.__xss.push('s')</script>",
            "<img src=x onerror=\"window.__xss.push('i')\">",
            "\"><svg onload=alert(1)>");

    /** Free text as stored: the signed-in viewer's name, their department, the organisation. */
    record Stored(String displayName, String departmentName, String organisationName, String serviceCentreName) {
    }

    /** A page and the stored texts it must show. */
    record Shown(String path, List<Function<Stored, String>> texts) {

        @SafeVarargs
        static Shown at(String path, Function<Stored, String>... texts) {
            return new Shown(path, List.of(texts));
        }
    }

    /**
     * Every page that shows stored free text. A module that adds such a page (departments, users, organisation,
     * customers…) adds a line here; the viewer holds every role.
     */
    static final List<Shown> PAGES = List.of(
            Shown.at("/", Stored::displayName),
            Shown.at("/settings/rules", Stored::displayName),
            Shown.at("/no-such-page", Stored::displayName)); // the error page keeps the navigation bar

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    Fixtures fixtures;
    @Autowired
    OrganisationSettings organisation;
    @Autowired
    UserAccounts users;
    @Autowired
    Departments departments;

    @Test
    @Order(1)
    void firstRunSetupKeepsScriptInEveryFieldAsText(WebBrowser web) {
        Assertions.assertThat(organisation.isSetUp()).as("runs first, on an empty database").isFalse();
        Page page = web.page();
        web.open("/setup");
        fillSetup(page, PAYLOADS.get(0), PAYLOADS.get(2), "xss-admin", PAYLOADS.get(1), "password");

        // A weak password re-renders the form with the typed values in attributes.
        Response rerendered = submit(page);
        assertRawHtmlEscapesPayloads(rerendered);
        assertThat(field(page, "setup.organisation-name")).hasValue(PAYLOADS.get(0));
        assertThat(field(page, "setup.service-centre-name")).hasValue(PAYLOADS.get(2));
        assertThat(field(page, "setup.admin-display-name")).hasValue(PAYLOADS.get(1));
        web.assertNoScriptExecuted();

        field(page, "setup.admin-password").fill(Fixtures.PASSWORD);
        field(page, "setup.admin-password-repeat").fill(Fixtures.PASSWORD);
        submit(page);
        assertThat(page).hasURL(web.url("/login"));

        Organisation org = organisation.current().orElseThrow();
        Assertions.assertThat(org.getName()).isEqualTo(PAYLOADS.get(0));
        Assertions.assertThat(org.getServiceCentreName()).isEqualTo(PAYLOADS.get(2));
        web.signIn("xss-admin", Fixtures.PASSWORD);
        assertThat(page).hasURL(web.url("/"));
        assertThat(web.navbar().getByText(PAYLOADS.get(1), new Locator.GetByTextOptions()
                .setExact(true))).isVisible();
        web.assertNoScriptExecuted();
    }

    @ParameterizedTest
    @MethodSource("payloads")
    @Order(2)
    void storedFreeTextStaysTextOnEveryPageThatShowsIt(String payload, WebBrowser web) {
        fixtures.organisationSetUp();
        String departmentName = payload + " " + SEQ.incrementAndGet();
        long departmentId = departments.create(departmentName, null).getId();
        SignedInUser viewer = userNamed(payload, departmentId);
        Organisation org = organisation.current().orElseThrow();
        Stored stored = new Stored(viewer.displayName(), departmentName, org.getName(), org.getServiceCentreName());
        web.signIn(viewer);
        web.allowConsoleErrors("status of 404");

        for (Shown shown : PAGES) {
            Response response = web.open(shown.path());
            web.assertNoScriptExecuted();
            assertRawHtmlEscapesPayloads(response);
            for (Function<Stored, String> text : shown.texts()) {
                assertThat(web.page().getByText(text.apply(stored), new Page.GetByTextOptions().setExact(true)).first())
                        .isAttached();
            }
        }
    }

    @Test
    @Order(3)
    void theTrapNoticesEachPayloadWhenItDoesRun(WebBrowser web) {
        web.allowConsoleErrors(".*");
        Page page = web.page();
        page.route(web.url("/trap-check"), route -> route.fulfill(new Route.FulfillOptions()
                .setContentType("text/html; charset=utf-8").setBody("<p>" + String.join("</p><p>", PAYLOADS) + "</p>")));

        web.open("/trap-check");

        Assertions.assertThat(web.scriptsRun()).anyMatch(s -> s.startsWith("__xss.push(s)"))
                .anyMatch(s -> s.startsWith("__xss.push(i)")).anyMatch(s -> s.startsWith("alert(1)"));
        assertThatThrownBy(web::assertNoScriptExecuted).isInstanceOf(AssertionError.class);
    }

    static Stream<String> payloads() {
        return PAYLOADS.stream();
    }

    private SignedInUser userNamed(String displayName, long departmentId) {
        String username = "xss" + SEQ.incrementAndGet() + "_" + Long.toString(System.nanoTime(), 36);
        users.create(new NewUser(username, displayName, Fixtures.PASSWORD, EnumSet.allOf(Role.class), null,
                departmentId, null));
        return fixtures.principal(username);
    }

    private static void assertRawHtmlEscapesPayloads(Response response) {
        String html = response.text();
        for (String payload : PAYLOADS) {
            Assertions.assertThat(html).as("raw HTML of " + response.url()).doesNotContain(payload);
        }
    }
}
