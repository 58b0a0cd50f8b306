package csms.pay.web;

import csms.pay.PayComponent;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A pay figure's basis in the reader's language (PAY-8): the component's message with its arguments, where a level or
 * a grade — stored by its code so that a stored line never depends on the language — is shown by its name (副理级,
 * 良好). Used by the pay sheet and the own pay slip as {@code @payBasis.text(component)}.
 */
@Component("payBasis")
public class PayBasis {

    private static final Set<String> LEVELS = Set.of("ASSISTANT", "DEPUTY", "STAFF");
    private static final Set<String> GRADES = Set.of("FAIL", "PASS", "GOOD", "EXCELLENT");

    private final MessageSource messages;

    PayBasis(MessageSource messages) {
        this.messages = messages;
    }

    public String text(PayComponent component) {
        Locale locale = LocaleContextHolder.getLocale();
        Object[] args = component.basis().stream().map(a -> name(a, locale)).toArray();
        return messages.getMessage(component.basisKey(), args, component.basisKey(), locale);
    }

    private String name(String arg, Locale locale) {
        if (LEVELS.contains(arg)) {
            return messages.getMessage("pay.level." + arg, null, arg, locale);
        }
        if (GRADES.contains(arg)) {
            return messages.getMessage("pay.grade." + arg, null, arg, locale);
        }
        return arg;
    }
}
