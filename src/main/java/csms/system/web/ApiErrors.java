package csms.system.web;

import csms.shared.BusinessException;
import csms.shared.ConflictException;
import csms.shared.NotFoundException;
import csms.shared.RuleViolation;
import csms.system.web.ProblemWriter.FieldProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns every failure of a REST controller into a problem detail; never a stack trace. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(-1) // before Spring Boot's ProblemDetailsExceptionHandler (order 0), which would answer bind errors without field errors
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final ProblemWriter problems;

    ApiErrors(ProblemWriter problems) {
        this.problems = problems;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, HttpServletRequest req) {
        return business(req, HttpStatus.NOT_FOUND, "not-found", e, null);
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e, HttpServletRequest req) {
        return business(req, HttpStatus.CONFLICT, "conflict", e, null);
    }

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail rule(RuleViolation e, HttpServletRequest req) {
        return business(req, HttpStatus.UNPROCESSABLE_CONTENT, e.field() == null ? "rule-violated" : "validation", e, e.field());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail stale(HttpServletRequest req) {
        return problems.problem(req, HttpStatus.CONFLICT, "conflict", "error.stale-record", null, List.of());
    }

    @ExceptionHandler(BindException.class)
    ProblemDetail invalid(BindException e, HttpServletRequest req) {
        List<FieldProblem> fields = e.getAllErrors().stream()
                .map(err -> new FieldProblem(err instanceof org.springframework.validation.FieldError f ? f.getField()
                        : err.getObjectName(), problems.resolve(req, err)))
                .toList();
        return problems.problem(req, HttpStatus.BAD_REQUEST, "validation", "error.validation", null, fields);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalidParameters(HandlerMethodValidationException e, HttpServletRequest req) {
        List<FieldProblem> fields = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> new FieldProblem(
                        r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList();
        return problems.problem(req, HttpStatus.BAD_REQUEST, "validation", "error.validation", null, fields);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraint(ConstraintViolationException e, HttpServletRequest req) {
        List<FieldProblem> fields = e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage())).toList();
        return problems.problem(req, HttpStatus.BAD_REQUEST, "validation", "error.validation", null, fields);
    }

    @ExceptionHandler({ HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
        MissingServletRequestParameterException.class, MissingRequestHeaderException.class })
    ProblemDetail unreadable(Exception e, HttpServletRequest req) {
        return problems.problem(req, HttpStatus.BAD_REQUEST, "bad-request", "error.bad-request", null, List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail mediaType(HttpServletRequest req) {
        return problems.problem(req, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "error.media-type", null, List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail method(HttpServletRequest req) {
        return problems.problem(req, HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "error.method", null, List.of());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(HttpServletRequest req) {
        return problems.problem(req, HttpStatus.CONTENT_TOO_LARGE, "too-large", "error.too-large", null, List.of());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail noResource(HttpServletRequest req) {
        return problems.problem(req, HttpStatus.NOT_FOUND, "not-found", "error.no-page", null, List.of());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(HttpServletRequest req) {
        return problems.problem(req, HttpStatus.FORBIDDEN, "forbidden", "error.forbidden", null, List.of());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e, HttpServletRequest req) {
        log.warn("Integrity violation on {}: {}", req.getRequestURI(), e.getMostSpecificCause().getMessage());
        return problems.problem(req, HttpStatus.CONFLICT, "conflict", "error.integrity", null, List.of());
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest req) {
        log.error("Unexpected failure on {} {}", req.getMethod(), req.getRequestURI(), e);
        return problems.problem(req, HttpStatus.INTERNAL_SERVER_ERROR, "internal", "error.internal", null, List.of());
    }

    private ProblemDetail business(HttpServletRequest req, HttpStatus status, String code, BusinessException e, String field) {
        List<FieldProblem> fields = field == null ? List.of()
                : List.of(new FieldProblem(field, problems.message(req, e.messageKey(), e.arguments())));
        return problems.problem(req, status, code, e.messageKey(), e.arguments(), fields);
    }
}
