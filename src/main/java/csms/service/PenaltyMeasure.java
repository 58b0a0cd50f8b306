package csms.service;

/** The measure recorded against a responsible staff member for a justified complaint (CMP-5, WFM-7). */
public enum PenaltyMeasure {
    CRITICISM, FINE, BONUS_DEDUCTION, DISMISSAL_PROPOSAL;

    /** Fines and bonus deductions carry an amount; the others must not. */
    public boolean hasAmount() {
        return this == FINE || this == BONUS_DEDUCTION;
    }
}
