package csms.system.security;

import csms.audit.AuditTrail;
import csms.identity.LoginThrottling;
import csms.identity.SignedInUser;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/** After a sign-in attempt: count failures for throttling, audit both outcomes, apply the user's language. */
@Component
class SignInOutcomes extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

    private final LoginThrottling throttling;
    private final AuditTrail audit;
    private final LocaleResolver localeResolver;

    SignInOutcomes(LoginThrottling throttling, AuditTrail audit, LocaleResolver localeResolver) {
        this.throttling = throttling;
        this.audit = audit;
        this.localeResolver = localeResolver;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws ServletException, IOException {
        throttling.recordSuccess(auth.getName());
        audit.recordStandalone(auth.getName(), "auth.signed-in", null);
        if (auth.getPrincipal() instanceof SignedInUser user) {
            localeResolver.setLocale(request, response, Locale.forLanguageTag(user.locale()));
        }
        super.onAuthenticationSuccess(request, response, auth);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String username = request.getParameter("username");
        throttling.recordFailure(username);
        audit.recordStandalone(username == null ? "?" : username, "auth.sign-in-failed", null);
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
