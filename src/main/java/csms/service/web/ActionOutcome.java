package csms.service.web;

import csms.shared.BusinessException;
import csms.shared.ConflictException;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;

/**
 * The outcome of an action done in place on a list line (take, keep, answer): the result, or the message key and
 * arguments of why it was refused, to show on that line instead of an error page.
 */
public record ActionOutcome<T>(T result, String problem, Object[] args) {

    static final String STALE = "error.stale-record";
    static final String FORBIDDEN = "error.forbidden";

    static <T> ActionOutcome<T> of(Supplier<T> action) {
        try {
            return new ActionOutcome<>(action.get(), null, new Object[0]);
        } catch (ConflictException e) {
            return ConflictException.STALE_KEY.equals(e.messageKey()) ? refused(STALE, new Object[0])
                    : refused(e.messageKey(), e.arguments());
        } catch (BusinessException e) {
            return refused(e.messageKey(), e.arguments());
        } catch (AccessDeniedException e) {
            return refused(FORBIDDEN, new Object[0]);
        }
    }

    private static <T> ActionOutcome<T> refused(String key, Object[] args) {
        return new ActionOutcome<>(null, key, args);
    }

    public boolean done() {
        return problem == null;
    }
}
