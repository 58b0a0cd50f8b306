package csms.workforce;

import csms.service.PenaltyMeasure;

/**
 * The measure for a breach (WFM-7): criticism, a fine, a deduction of the month's bonus, or a proposal to dismiss.
 * Fines and bonus deductions carry an amount and feed payroll.
 */
public enum DisciplineMeasure {
    CRITICISM, FINE, BONUS_DEDUCTION, DISMISSAL_PROPOSAL;

    public boolean hasAmount() {
        return this == FINE || this == BONUS_DEDUCTION;
    }

    public String labelKey() {
        return "discipline.measure." + name();
    }

    static DisciplineMeasure of(PenaltyMeasure measure) {
        return valueOf(measure.name());
    }
}
