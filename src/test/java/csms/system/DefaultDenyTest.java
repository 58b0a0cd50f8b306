package csms.system;

import static org.assertj.core.api.Assertions.assertThat;

import csms.system.security.ExplicitAuthorizationInterceptor;
import csms.testing.IntegrationTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Default deny: every route of ours states who may call it. Enumerates all handler mappings and fails when one
 * has no role rule; framework routes must be on the known list of public or admin paths.
 */
@IntegrationTest
class DefaultDenyTest {

    /** Framework handlers and where they are allowed; anything else from outside our code fails the test. */
    private static final Set<String> FRAMEWORK_PATHS = Set.of("/error", "/v3/api-docs", "/v3/api-docs.yaml",
            "/v3/api-docs/swagger-config", "/swagger-ui.html");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyHandlerOfOursHasAnExplicitRoleRule() {
        List<String> missing = mappings.getHandlerMethods().entrySet().stream()
                .filter(e -> ExplicitAuthorizationInterceptor.isOwn(e.getValue()))
                .filter(e -> !ExplicitAuthorizationInterceptor.hasRoleRule(e.getValue().getMethod()))
                .map(e -> e.getKey() + " -> " + e.getValue().getShortLogMessage())
                .toList();
        assertThat(mappings.getHandlerMethods()).isNotEmpty();
        assertThat(missing).as("handlers without @PreAuthorize/@PermitAll/@RolesAllowed").isEmpty();
    }

    @Test
    void frameworkHandlersAreOnlyTheKnownPublicOnes() {
        List<String> unknown = mappings.getHandlerMethods().entrySet().stream()
                .filter(e -> !ExplicitAuthorizationInterceptor.isOwn(e.getValue()))
                .flatMap(e -> e.getKey().getPatternValues().stream())
                .filter(p -> !FRAMEWORK_PATHS.contains(p))
                .toList();
        assertThat(unknown).isEmpty();
    }
}
