package csms.identity.web;

import csms.shared.BusinessException;
import csms.shared.RuleViolation;
import java.util.Arrays;
import java.util.Map;
import org.springframework.validation.BindingResult;

/**
 * Puts a business failure onto a form so the page re-renders with the user's input. The same job as the
 * system module's FormErrors, kept here because the system module depends on identity, not the other way.
 */
final class FormFailures {

    private FormFailures() {
    }

    static void reject(BindingResult result, BusinessException e) {
        reject(result, Map.of(), e);
    }

    /** Rejects the failing field, renamed through {@code fieldNames} when the form calls it differently. */
    static void reject(BindingResult result, Map<String, String> fieldNames, BusinessException e) {
        String field = e instanceof RuleViolation rv && rv.field() != null ? fieldNames.getOrDefault(rv.field(), rv.field()) : null;
        if (field != null && result.getTarget() instanceof Record rec && Arrays.stream(rec.getClass().getRecordComponents())
                .anyMatch(c -> c.getName().equals(field))) {
            result.rejectValue(field, e.messageKey(), e.arguments(), e.messageKey());
        } else {
            result.reject(e.messageKey(), e.arguments(), e.messageKey());
        }
    }
}
