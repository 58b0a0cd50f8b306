package csms.browser;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Gives each test a fresh {@link WebBrowser} on the one Chromium of this JVM, fails the test on console errors,
 * and saves a screenshot of failed tests to {@code target/browser-screenshots/}.
 */
public class BrowserExtension implements BeforeEachCallback, AfterEachCallback, TestWatcher, ParameterResolver {

    static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        Chromium chromium = context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(Chromium.class, k -> Chromium.launch(), Chromium.class);
        String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
        boolean bypassCsp = context.getRequiredTestClass().isAnnotationPresent(IgnoreContentSecurityPolicy.class);
        boolean javaScript = context.getTestMethod().map(m -> !m.isAnnotationPresent(WithoutJavaScript.class))
                .orElse(true);
        // Kept in the class's store: the test's own store is closed before TestWatcher methods run.
        classStore(context).put(context.getUniqueId(),
                new WebBrowser(chromium.newContext(bypassCsp, javaScript), "http://localhost:" + port));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        browser(context).ifPresent(web -> {
            List<String> errors = web.unexpectedConsoleErrors();
            if (!errors.isEmpty()) {
                throw new AssertionError("Browser console errors or uncaught page errors:\n  " + String.join("\n  ", errors));
            }
        });
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        browser(context).ifPresent(web -> {
            Path file = SCREENSHOTS.resolve(context.getRequiredTestClass().getSimpleName())
                    .resolve(context.getRequiredTestMethod().getName() + "-" + Math.abs(context.getUniqueId().hashCode()) + ".png");
            try {
                web.screenshot(file);
                System.err.println("Screenshot of the failed browser test: " + file.toAbsolutePath());
            } catch (RuntimeException e) {
                System.err.println("No screenshot of the failed browser test: " + e.getMessage());
            }
        });
        close(context);
    }

    @Override
    public void testSuccessful(ExtensionContext context) {
        close(context);
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        close(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == WebBrowser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return browser(context).orElseThrow(() -> new IllegalStateException(
                "A WebBrowser exists only in test methods and @BeforeEach/@AfterEach methods of a @BrowserTest"));
    }

    private static void close(ExtensionContext context) {
        browser(context).ifPresent(WebBrowser::close);
        classStore(context).remove(context.getUniqueId());
    }

    private static Optional<WebBrowser> browser(ExtensionContext context) {
        return Optional.ofNullable(classStore(context).get(context.getUniqueId(), WebBrowser.class));
    }

    private static ExtensionContext.Store classStore(ExtensionContext context) {
        ExtensionContext owner = context;
        while (owner.getTestMethod().isPresent() && owner.getParent().isPresent()) {
            owner = owner.getParent().get(); // up from a (parameterized) test to its class
        }
        return owner.getStore(NAMESPACE);
    }
}
