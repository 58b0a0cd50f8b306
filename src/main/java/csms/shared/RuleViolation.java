package csms.shared;

/** A business rule refuses the step (HTTP 422), optionally naming the offending field. */
public class RuleViolation extends BusinessException {

    private final String field;

    public RuleViolation(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private RuleViolation(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    public static RuleViolation onField(String field, String messageKey, Object... arguments) {
        return new RuleViolation(field, messageKey, arguments);
    }

    public String field() {
        return field;
    }
}
