package csms.shared;

/** The request clashes with the record's current state, e.g. a stale version (HTTP 409). */
public class ConflictException extends BusinessException {

    /** The message key of a stale-version conflict. */
    public static final String STALE_KEY = "error.stale-version";

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    public static ConflictException staleVersion(String subject, Object id) {
        return new ConflictException(STALE_KEY, subject(subject), String.valueOf(id));
    }

    /** Throws when the version the caller edited is not the current one. */
    public static void requireVersion(long expected, long actual, String subject, Object id) {
        if (expected != actual) {
            throw staleVersion(subject, id);
        }
    }
}
