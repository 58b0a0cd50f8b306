package csms.system.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds RFC 9457 problem details: a stable {@code type} ({@code urn:csms:problem:<code>}), a translated
 * {@code title}, and per-field {@code errors}. Also writes them from filters, outside Spring MVC.
 */
@Component
public class ProblemWriter {

    public static final String TYPE_PREFIX = "urn:csms:problem:";

    /** One field's error, as it appears in the {@code errors} array. */
    public record FieldProblem(String field, String message) {
    }

    private final MessageSource messages;
    private final JsonMapper json;

    ProblemWriter(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    public ProblemDetail problem(HttpServletRequest request, HttpStatus status, String code, String messageKey,
            Object[] args, List<FieldProblem> fieldErrors) {
        Locale locale = locale(request);
        ProblemDetail pd = ProblemDetail.forStatus(status);
        pd.setType(URI.create(TYPE_PREFIX + code));
        pd.setTitle(messages.getMessage("problem." + code, null, status.getReasonPhrase(), locale));
        pd.setDetail(messages.getMessage(messageKey, args, messageKey, locale));
        if (request != null) {
            pd.setInstance(URI.create(request.getRequestURI()));
        }
        if (fieldErrors != null && !fieldErrors.isEmpty()) {
            pd.setProperty("errors", fieldErrors.stream().map(f -> Map.of("field", f.field(), "message", f.message())).toList());
        }
        return pd;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
            String messageKey) throws IOException {
        ProblemDetail pd = problem(request, status, code, messageKey, null, List.of());
        response.setStatus(status.value());
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), pd);
    }

    public String message(HttpServletRequest request, String key, Object... args) {
        return messages.getMessage(key, args, key, locale(request));
    }

    public String resolve(HttpServletRequest request, org.springframework.context.MessageSourceResolvable resolvable) {
        return messages.getMessage(resolvable, locale(request));
    }

    private static Locale locale(HttpServletRequest request) {
        if (request == null) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        try {
            return RequestContextUtils.getLocale(request);
        } catch (IllegalStateException e) {
            return Locale.SIMPLIFIED_CHINESE;
        }
    }
}
