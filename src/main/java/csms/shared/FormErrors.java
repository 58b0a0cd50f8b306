package csms.shared;

import java.util.Arrays;
import java.util.Map;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/**
 * Puts a business failure onto a form, so the page re-renders with the user's input: a rule naming a field (even
 * a row's, such as {@code phones[1].number}) marks that field; a stale version says someone else changed the
 * record while the input stays; anything else is shown at the top of the form.
 */
public final class FormErrors {

    /** The form-level message for an edit made against an old version. */
    public static final String STALE_FORM = "error.stale-form";

    private FormErrors() {
    }

    public static void reject(BindingResult result, BusinessException e) {
        reject(result, Map.of(), e);
    }

    /** Rejects the failing field, renamed through {@code fieldNames} when the form calls it differently. */
    public static void reject(BindingResult result, Map<String, String> fieldNames, BusinessException e) {
        if (e instanceof ConflictException && ConflictException.STALE_KEY.equals(e.messageKey())) {
            result.reject(STALE_FORM);
            return;
        }
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
        if (target instanceof Record rec) {
            String root = field.split("[.\\[]", 2)[0];
            return Arrays.stream(rec.getClass().getRecordComponents()).anyMatch(c -> c.getName().equals(root));
        }
        return new BeanWrapperImpl(target).isReadableProperty(field);
    }
}
