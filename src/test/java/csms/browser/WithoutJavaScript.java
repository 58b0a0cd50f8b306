package csms.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a test method of a {@link BrowserTest}: the browser runs no JavaScript at all, so the test shows that a page
 * works as plain HTML (forms submit, links navigate) and htmx only enhances it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface WithoutJavaScript {
}
