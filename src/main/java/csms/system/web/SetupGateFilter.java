package csms.system.web;

import csms.system.OrganisationSettings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Until first-run setup is done, every page leads to the setup page and the API answers 503. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class SetupGateFilter extends OncePerRequestFilter {

    private final OrganisationSettings organisation;
    private final ProblemWriter problems;

    SetupGateFilter(OrganisationSettings organisation, ProblemWriter problems) {
        this.organisation = organisation;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = PathWithinApp.of(request);
        return path.equals("/setup") || path.startsWith("/webjars/") || path.startsWith("/css/")
                || path.startsWith("/js/") || path.startsWith("/img/") || path.startsWith("/actuator/health")
                || path.equals("/error") || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (organisation.isSetUp()) {
            chain.doFilter(request, response);
        } else if (PathWithinApp.of(request).startsWith("/api/")) {
            problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "setup-required", "setup.required");
        } else {
            response.sendRedirect(request.getContextPath() + "/setup");
        }
    }
}
