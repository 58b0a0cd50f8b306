package csms.system.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Default deny: a handler of ours without an explicit role rule (or {@code @PermitAll}) is never run. */
public class ExplicitAuthorizationInterceptor implements HandlerInterceptor {

    public static final String OWN_PACKAGE = "csms.";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod hm && isOwn(hm) && !hasRoleRule(hm.getMethod())) {
            throw new AccessDeniedException("No role rule on " + hm.getShortLogMessage());
        }
        return true;
    }

    public static boolean isOwn(HandlerMethod hm) {
        return hm.getBeanType().getName().startsWith(OWN_PACKAGE);
    }

    /** True when the method or its class states who may call it. */
    public static boolean hasRoleRule(Method method) {
        return annotated(method) || annotated(method.getDeclaringClass());
    }

    private static boolean annotated(AnnotatedElement e) {
        return AnnotatedElementUtils.hasAnnotation(e, PreAuthorize.class)
                || AnnotatedElementUtils.hasAnnotation(e, PermitAll.class)
                || AnnotatedElementUtils.hasAnnotation(e, RolesAllowed.class)
                || AnnotatedElementUtils.hasAnnotation(e, Secured.class);
    }
}
