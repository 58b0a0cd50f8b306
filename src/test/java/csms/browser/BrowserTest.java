package csms.browser;

import csms.testing.Fixtures;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A browser test: the whole application on a random port (H2, profile "test", {@link Fixtures}) driven by
 * headless Chromium. Test methods take a {@link WebBrowser} parameter: a fresh browser profile per test.
 * The Spring context is the same as every other browser test's (and {@code HttpEdgeIT}'s), so it is cached;
 * give a class its own database with {@code @TestPropertySource(properties = "csms.test.context=<name>")}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("browser")
@ExtendWith({ RequiresChromium.class, BrowserExtension.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(Fixtures.class)
public @interface BrowserTest {
}
