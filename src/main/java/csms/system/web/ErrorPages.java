package csms.system.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** Errors raised outside controllers (404 for unknown pages, 400 from the container) get the same friendly page. */
@Component
class ErrorPages implements ErrorViewResolver {

    private final ProblemWriter problems;

    ErrorPages(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        String key = switch (status) {
            case NOT_FOUND -> "error.no-page";
            case FORBIDDEN -> "error.forbidden";
            case BAD_REQUEST -> "error.bad-request";
            case CONTENT_TOO_LARGE -> "error.too-large";
            case METHOD_NOT_ALLOWED -> "error.method";
            default -> status.is4xxClientError() ? "error.bad-request" : "error.internal";
        };
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        ModelAndView mv = new ModelAndView("error", Map.of("status", status.value(),
                "message", problems.message(request, key), "path", uri == null ? "" : uri), status);
        return mv;
    }
}
