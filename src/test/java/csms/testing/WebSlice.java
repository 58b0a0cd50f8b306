package csms.testing;

import csms.audit.AuditTrail;
import csms.identity.ApiTokens;
import csms.identity.LoginThrottling;
import csms.system.security.SliceSecurity;
import csms.system.web.SliceWeb;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A controller slice: put it next to {@code @WebMvcTest(SomeController.class)} and mock the facades with
 * {@code @MockitoBean}. Requests pass the real security chains (API and web), CSRF, default deny, the request
 * filters, the error advices and the Chinese message bundles; identity lookups are mocks, so act as a user with
 * {@link Fixtures#as(csms.identity.SignedInUser)} and a principal from {@link SliceUsers}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ImportAutoConfiguration({ SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
    SecurityFilterAutoConfiguration.class })
@Import({ SliceSecurity.class, SliceWeb.class })
@MockitoBean(types = { ApiTokens.class, LoginThrottling.class, UserDetailsService.class, AuditTrail.class })
public @interface WebSlice {
}
