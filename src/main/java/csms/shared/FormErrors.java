package csms.shared;

import java.util.Arrays;
import java.util.Map;
import org.springframework.beans.BeanUtils;
import org.springframework.validation.BindingResult;

/**
 * Puts a business failure onto a form, so the page re-renders with the user's input and the translated message
 * next to the failing field (or at the top of the form when no field of the form is at fault).
 */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult result, BusinessException e) {
        reject(result, Map.of(), e);
    }

    /** Rejects the failing field, renamed through {@code fieldNames} when the form calls it differently. */
    public static void reject(BindingResult result, Map<String, String> fieldNames, BusinessException e) {
        String field = e instanceof RuleViolation rv && rv.field() != null ? fieldNames.getOrDefault(rv.field(), rv.field()) : null;
        if (field != null && hasField(result.getTarget(), field)) {
            result.rejectValue(field, e.messageKey(), e.arguments(), e.messageKey());
        } else {
            result.reject(e.messageKey(), e.arguments(), e.messageKey());
        }
    }

    private static boolean hasField(Object target, String field) {
        if (target == null) {
            return false;
        }
        String root = field.contains("[") ? field.substring(0, field.indexOf('[')) : field.split("\\.")[0];
        if (target instanceof Record rec) {
            return Arrays.stream(rec.getClass().getRecordComponents()).anyMatch(c -> c.getName().equals(root));
        }
        return BeanUtils.getPropertyDescriptor(target.getClass(), root) != null;
    }
}
