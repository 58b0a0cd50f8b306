package csms.visit;

/**
 * A questionnaire link that no longer opens the questionnaire, and why: never issued or replaced by a newer one
 * (UNKNOWN), out of time (EXPIRED), already answered (ANSWERED), or the visit ended another way (CLOSED).
 */
public class SurveyLinkRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        UNKNOWN, EXPIRED, ANSWERED, CLOSED
    }

    private final Reason reason;

    public SurveyLinkRefused(Reason reason) {
        super("survey link refused: " + reason, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
