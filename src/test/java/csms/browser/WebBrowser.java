package csms.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import csms.identity.SignedInUser;
import csms.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * One test's browser window on the running application: a fresh profile (zh-CN, Asia/Shanghai), helpers to
 * sign in, and traps. Console errors and uncaught page errors fail the test unless allowed; the XSS trap
 * records every {@code window.__xss.push(...)} and every {@code alert/confirm/prompt}, across navigations.
 */
public final class WebBrowser implements AutoCloseable {

    /** Runs at the start of every document, before the page's own scripts. */
    private static final String XSS_TRAP = """
            (() => {
              const report = (what) => { try { window.__csmsScriptRan(String(what)); } catch (e) { } };
              const ran = [];
              const push = ran.push.bind(ran);
              ran.push = (...items) => { items.forEach((i) => report('__xss.push(' + i + ')')); return push(...items); };
              window.__xss = ran;
              window.alert = (m) => { report('alert(' + m + ')'); push('alert'); };
              window.confirm = (m) => { report('confirm(' + m + ')'); push('confirm'); return true; };
              window.prompt = (m) => { report('prompt(' + m + ')'); push('prompt'); return null; };
            })();
            """;

    private final BrowserContext context;
    private final Page page;
    private final String baseUrl;
    private final List<String> consoleErrors = new CopyOnWriteArrayList<>();
    private final List<String> scriptsRun = new CopyOnWriteArrayList<>();
    private final List<Pattern> allowedConsoleErrors = new CopyOnWriteArrayList<>();
    private boolean closed;

    WebBrowser(BrowserContext context, String baseUrl) {
        this.context = context;
        this.baseUrl = baseUrl;
        context.setDefaultTimeout(10_000);
        context.exposeBinding("__csmsScriptRan", (source, args) -> {
            scriptsRun.add(String.valueOf(args[0]) + " on " + source.page().url());
            return null;
        });
        context.addInitScript(XSS_TRAP);
        this.page = context.newPage();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                consoleErrors.add(m.text() + " (" + m.location() + ")");
            }
        });
        page.onPageError(e -> consoleErrors.add("Uncaught: " + e));
        page.onDialog(d -> {
            scriptsRun.add("dialog " + d.type() + "(" + d.message() + ") on " + page.url());
            d.dismiss();
        });
    }

    public Page page() {
        return page;
    }

    /** The absolute URL of an application path such as {@code /settings/rules}. */
    public String url(String path) {
        return baseUrl + path;
    }

    /** Navigates to an application path and returns the main response (after redirects). */
    public Response open(String path) {
        return page.navigate(url(path));
    }

    /** Signs in through the sign-in form as a fixture user and waits for the home page. */
    public void signIn(SignedInUser user) {
        signIn(user.getUsername(), Fixtures.PASSWORD);
        assertThat(page).hasURL(url("/"));
    }

    /** Fills and submits the (Chinese) sign-in form; does not check the outcome. */
    public void signIn(String username, String password) {
        open("/login");
        page.getByLabel(Texts.zh("login.username"), new Page.GetByLabelOptions().setExact(true)).fill(username);
        page.getByLabel(Texts.zh("login.password"), new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Texts.zh("login.submit")).setExact(true))
                .click();
        String form = url("/login");
        page.waitForURL(u -> !u.equals(form)); // "/" on success, "/login?error" or "/login?locked" otherwise
    }

    /** The navigation bar shown to signed-in users. */
    public Locator navbar() {
        return page.getByRole(AriaRole.NAVIGATION).first();
    }

    /** Opens the user menu (the signed-in user's name at the right of the navigation bar). */
    public void openUserMenu(String displayName) {
        page.waitForLoadState(); // Bootstrap's dropdowns work once the deferred scripts have run (slow under load)
        Locator toggle = navbar().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(displayName));
        toggle.click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(toggle)
                .hasAttribute("aria-expanded", "true");
    }

    /** Signs out through the user menu. */
    public void signOut(String displayName) {
        openUserMenu(displayName);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Texts.zh("nav.sign-out")).setExact(true))
                .click();
        page.waitForURL(u -> u.startsWith(url("/login")));
    }

    /** Lets this test's browser log console errors matching the pattern (e.g. an expected 404). */
    public void allowConsoleErrors(String regex) {
        allowedConsoleErrors.add(Pattern.compile(regex));
    }

    /** Fails if any page of this test ran injected script or opened an alert, confirm or prompt. */
    public void assertNoScriptExecuted() {
        Object onThisPage = page.evaluate("() => window.__xss ? window.__xss.length : -1");
        if (!scriptsRun.isEmpty() || !Integer.valueOf(0).equals(onThisPage)) {
            throw new AssertionError("Script ran in the browser (XSS): " + scriptsRun + "; window.__xss.length="
                    + onThisPage + " on " + page.url());
        }
    }

    /** What the XSS trap recorded so far (for tests of the trap itself). */
    public List<String> scriptsRun() {
        page.evaluate("() => 0"); // delivers pending reports from the page
        return List.copyOf(scriptsRun);
    }

    /** Console errors and uncaught page errors that the test did not allow. */
    List<String> unexpectedConsoleErrors() {
        if (!closed) {
            page.evaluate("() => 0"); // delivers pending events from the page
        }
        return consoleErrors.stream()
                .filter(e -> allowedConsoleErrors.stream().noneMatch(p -> p.matcher(e).find())).toList();
    }

    void screenshot(Path file) {
        if (!closed) {
            page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            context.close();
        }
    }
}
