package csms.system.security;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The real security rules for web slice tests: both filter chains and the sign-in outcome handler, which are
 * package-private here and not picked up by {@code @WebMvcTest}. Used through {@link csms.testing.WebSlice}.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ SecurityConfig.class, SignInOutcomes.class })
public class SliceSecurity {
}
