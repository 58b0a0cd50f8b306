package csms.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one headless Chromium of this test JVM: Debian's browser (CSMS_CHROMIUM, default /usr/bin/chromium)
 * driven by Playwright, which is never allowed to download a browser of its own.
 */
final class Chromium implements AutoCloseable {

    static final String DEFAULT_EXECUTABLE = "/usr/bin/chromium";
    static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** The browser executable this JVM uses. */
    static Path executable() {
        String configured = System.getenv("CSMS_CHROMIUM");
        return Path.of(configured == null || configured.isBlank() ? DEFAULT_EXECUTABLE : configured);
    }

    static boolean installed() {
        Path exe = executable();
        return Files.isRegularFile(exe) && Files.isExecutable(exe);
    }

    static Chromium launch() {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(executable()).setHeadless(true).setArgs(ARGS));
            return new Chromium(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** A fresh, isolated browser profile as a Chinese user in Shanghai would have it. */
    BrowserContext newContext(boolean bypassContentSecurityPolicy, boolean javaScriptEnabled) {
        return browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setTimezoneId("Asia/Shanghai")
                .setViewportSize(1280, 900).setBypassCSP(bypassContentSecurityPolicy)
                .setJavaScriptEnabled(javaScriptEnabled));
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
