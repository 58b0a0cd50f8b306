package csms.system;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import csms.system.security.ExplicitAuthorizationInterceptor;
import jakarta.annotation.security.PermitAll;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;

class ExplicitAuthorizationInterceptorTest {

    static class Pages {
        public String unannotated() {
            return "x";
        }

        @PreAuthorize("hasRole('AGENT')")
        public String forAgents() {
            return "x";
        }

        @PermitAll
        public String open() {
            return "x";
        }
    }

    private final ExplicitAuthorizationInterceptor interceptor = new ExplicitAuthorizationInterceptor();

    @Test
    void refusesAHandlerWithoutARoleRule() throws Exception {
        var handler = new HandlerMethod(new Pages(), Pages.class.getMethod("unannotated"));
        assertThatThrownBy(() -> interceptor.preHandle(new MockHttpServletRequest(), new MockHttpServletResponse(), handler))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void letsAnnotatedHandlersThrough() throws Exception {
        for (String name : new String[] { "forAgents", "open" }) {
            var handler = new HandlerMethod(new Pages(), Pages.class.getMethod(name));
            assertThatCode(() -> interceptor.preHandle(new MockHttpServletRequest(), new MockHttpServletResponse(), handler))
                    .doesNotThrowAnyException();
        }
    }
}
