package csms.system.web;

import jakarta.servlet.http.HttpServletRequest;

/** The request path without the context path, the same under a servlet container and MockMvc. */
public final class PathWithinApp {

    private PathWithinApp() {
    }

    public static String of(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
