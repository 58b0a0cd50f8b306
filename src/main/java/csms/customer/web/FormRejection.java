package csms.customer.web;

import csms.shared.BusinessException;
import csms.shared.ConflictException;
import csms.shared.RuleViolation;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/**
 * Puts a business failure onto a form so it re-renders with the user's input: a rule naming a field (even a row's,
 * such as {@code phones[1].number}) marks that field; a stale version says someone else changed the record.
 */
final class FormRejection {

    private FormRejection() {
    }

    static void reject(BindingResult result, BusinessException e) {
        if (e instanceof ConflictException) {
            result.reject("customer.form.stale");
        } else if (e instanceof RuleViolation rv && rv.field() != null && result.getTarget() != null
                && new BeanWrapperImpl(result.getTarget()).isReadableProperty(rv.field())) {
            result.rejectValue(rv.field(), e.messageKey(), e.arguments(), e.messageKey());
        } else {
            result.reject(e.messageKey(), e.arguments(), e.messageKey());
        }
    }
}
