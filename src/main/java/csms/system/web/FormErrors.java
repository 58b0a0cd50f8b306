package csms.system.web;

import csms.shared.BusinessException;
import csms.shared.RuleViolation;
import org.springframework.validation.BindingResult;

/** Puts a business failure onto a form, so the page re-renders with the user's input and the message in place. */
public final class FormErrors {

    private FormErrors() {
    }

    /** Rejects the named field if it exists on the form, else the whole form. */
    public static void reject(BindingResult result, String field, BusinessException e) {
        if (field != null && result.getTarget() != null
                && org.springframework.beans.BeanUtils.getPropertyDescriptor(result.getTarget().getClass(), field) != null) {
            result.rejectValue(field, e.messageKey(), e.arguments(), e.messageKey());
        } else if (field != null && result.getTarget() instanceof Record rec && hasComponent(rec, field)) {
            result.rejectValue(field, e.messageKey(), e.arguments(), e.messageKey());
        } else {
            result.reject(e.messageKey(), e.arguments(), e.messageKey());
        }
    }

    public static void reject(BindingResult result, BusinessException e) {
        reject(result, e instanceof RuleViolation rv ? rv.field() : null, e);
    }

    private static boolean hasComponent(Record rec, String field) {
        for (var c : rec.getClass().getRecordComponents()) {
            if (c.getName().equals(field)) {
                return true;
            }
        }
        return false;
    }
}
