package csms.system.web;

import csms.shared.ConflictException;
import csms.shared.NotFoundException;
import csms.shared.RuleViolation;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Failures of page controllers that the controller did not turn into a form error become a friendly error
 * page with a translated message. Form errors (re-rendering the user's input) are the controllers' job.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(2)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    private final ProblemWriter problems;

    PageErrors(ProblemWriter problems) {
        this.problems = problems;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, HttpServletRequest req) {
        return page(req, HttpStatus.NOT_FOUND, e.messageKey(), e.arguments());
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException e, HttpServletRequest req) {
        return page(req, HttpStatus.CONFLICT, e.messageKey(), e.arguments());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView stale(HttpServletRequest req) {
        return page(req, HttpStatus.CONFLICT, "error.stale-record", null);
    }

    @ExceptionHandler(RuleViolation.class)
    ModelAndView rule(RuleViolation e, HttpServletRequest req) {
        return page(req, HttpStatus.UNPROCESSABLE_CONTENT, e.messageKey(), e.arguments());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView denied(HttpServletRequest req) {
        return page(req, HttpStatus.FORBIDDEN, "error.forbidden", null);
    }

    /** A query or form value of the wrong type (a month 2026-13, a kind that does not exist): 400, not 500. */
    @ExceptionHandler(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class)
    ModelAndView badRequest(HttpServletRequest req) {
        return page(req, HttpStatus.BAD_REQUEST, "error.bad-request", null);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest req) {
        return page(req, HttpStatus.CONTENT_TOO_LARGE, "error.too-large", null);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest req) throws Exception {
        if (e instanceof org.springframework.web.ErrorResponse) {
            throw e;
        }
        log.error("Unexpected failure on {} {}", req.getMethod(), req.getRequestURI(), e);
        return page(req, HttpStatus.INTERNAL_SERVER_ERROR, "error.internal", null);
    }

    private ModelAndView page(HttpServletRequest req, HttpStatus status, String key, Object[] args) {
        ModelAndView mv = new ModelAndView("error");
        mv.setStatus(status);
        mv.addObject("status", status.value());
        mv.addObject("message", problems.message(req, key, args == null ? new Object[0] : args));
        return mv;
    }
}
