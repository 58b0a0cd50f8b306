package csms.workforce;

import csms.service.PenaltyMeasure;

/** How grave a breach of discipline is (WFM-7); the measure follows from it as the supervisor decides. */
public enum BreachSeverity {
    MINOR, SERIOUS, GRAVE;

    public String labelKey() {
        return "discipline.severity." + name();
    }

    /** A complaint's penalty carries no severity: its measure says how grave it was. */
    static BreachSeverity of(PenaltyMeasure measure) {
        return switch (measure) {
            case CRITICISM -> MINOR;
            case FINE, BONUS_DEDUCTION -> SERIOUS;
            case DISMISSAL_PROPOSAL -> GRAVE;
        };
    }
}
