package csms.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link BrowserTest} class: the browser ignores the server's Content-Security-Policy, so injected markup
 * would really run. Tests then show that output escaping alone keeps stored input inert (CSP is a second line).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface IgnoreContentSecurityPolicy {
}
