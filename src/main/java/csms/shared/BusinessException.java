package csms.shared;

import java.util.Arrays;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** A failure the user can understand: carries a message key and its arguments, never a stack trace for the UI. */
public abstract class BusinessException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    protected BusinessException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /**
     * A record type such as "Customer" as a message argument that the message source translates through the
     * key {@code subject.<type>} (falling back to the type itself), so messages read naturally in Chinese.
     */
    protected static Object subject(String type) {
        return new DefaultMessageSourceResolvable(new String[] { "subject." + type }, type);
    }
}
