package csms.system.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A path that no controller or static resource serves: the friendly error page for browsers, a problem detail
 * for the API. It must come before Spring Boot's generic problem-details advice, which would otherwise answer
 * browsers with untranslated JSON ({@link ApiErrors} and {@link PageErrors} apply to controllers only).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnknownPaths {

    private final ProblemWriter problems;

    UnknownPaths(ProblemWriter problems) {
        this.problems = problems;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object notFound(HttpServletRequest req) {
        if (PathWithinApp.of(req).startsWith("/api/")) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problems.problem(req, HttpStatus.NOT_FOUND, "not-found", "error.no-page", null, List.of()));
        }
        return new ModelAndView("error", Map.of("status", HttpStatus.NOT_FOUND.value(),
                "message", problems.message(req, "error.no-page")), HttpStatus.NOT_FOUND);
    }
}
