package csms.system.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/** {@code ?lang=en} or {@code ?lang=zh-CN} switches the language for this browser; other values are ignored. */
class LanguageSwitch implements HandlerInterceptor {

    static final Set<String> SUPPORTED = Set.of("zh-CN", "en");

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String lang = request.getParameter("lang");
        if (lang != null && SUPPORTED.contains(lang)) {
            var resolver = RequestContextUtils.getLocaleResolver(request);
            if (resolver != null) {
                resolver.setLocale(request, response, Locale.forLanguageTag(lang));
            }
        }
        return true;
    }
}
