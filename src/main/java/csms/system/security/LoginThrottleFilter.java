package csms.system.security;

import csms.identity.LoginThrottling;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses a sign-in attempt for a locked login name before the password is even checked. */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottling throttling;

    LoginThrottleFilter(LoginThrottling throttling) {
        this.throttling = throttling;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(csms.system.web.PathWithinApp.of(request)));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        if (username != null && throttling.isLocked(username)) {
            throttling.recordFailure(username);
            response.sendRedirect(request.getContextPath() + "/login?locked");
            return;
        }
        chain.doFilter(request, response);
    }
}
