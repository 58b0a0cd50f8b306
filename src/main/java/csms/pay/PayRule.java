package csms.pay;

import java.math.BigDecimal;

/**
 * The rates, bands, amounts and deadlines of pay (PAY-1 … PAY-7), each with the rulebook's value as its default and
 * the range an authorised person may set. Values are versioned by the month they take effect (see {@link PayRules}).
 * The commission and team-bonus bands are half-open on the upper side: {@code r ≤ upto} belongs to the band.
 */
public enum PayRule {

    TARGET_DEADLINE_DAY("pay.target-deadline-day", "10", Unit.DAY_OF_MONTH, "1", "28", "PAY-1"),
    COMMISSION_BAND1_UPTO("pay.commission.band1-upto", "60", Unit.PERCENT, "0", "1000", "PAY-3"),
    COMMISSION_BAND1_RATE("pay.commission.band1-rate", "0", Unit.PERCENT, "0", "100", "PAY-3"),
    COMMISSION_BAND2_UPTO("pay.commission.band2-upto", "80", Unit.PERCENT, "0", "1000", "PAY-3"),
    COMMISSION_BAND2_RATE("pay.commission.band2-rate", "1", Unit.PERCENT, "0", "100", "PAY-3"),
    COMMISSION_BAND3_UPTO("pay.commission.band3-upto", "100", Unit.PERCENT, "0", "1000", "PAY-3"),
    COMMISSION_BAND3_RATE("pay.commission.band3-rate", "1.5", Unit.PERCENT, "0", "100", "PAY-3"),
    COMMISSION_BAND4_UPTO("pay.commission.band4-upto", "150", Unit.PERCENT, "0", "1000", "PAY-3"),
    COMMISSION_BAND4_RATE("pay.commission.band4-rate", "2", Unit.PERCENT, "0", "100", "PAY-3"),
    COMMISSION_ABOVE_RATE("pay.commission.above-rate", "2.5", Unit.PERCENT, "0", "100", "PAY-3"),
    TEAM_BONUS_BAND1_UPTO("pay.team-bonus.band1-upto", "60", Unit.PERCENT, "0", "1000", "PAY-4"),
    TEAM_BONUS_BAND1("pay.team-bonus.band1", "300", Unit.YUAN, "0", "100000", "PAY-4"),
    TEAM_BONUS_BAND2_UPTO("pay.team-bonus.band2-upto", "80", Unit.PERCENT, "0", "1000", "PAY-4"),
    TEAM_BONUS_BAND2("pay.team-bonus.band2", "400", Unit.YUAN, "0", "100000", "PAY-4"),
    TEAM_BONUS_ABOVE("pay.team-bonus.above", "500", Unit.YUAN, "0", "100000", "PAY-4"),
    LEVEL_ASSISTANT("pay.level.assistant", "100", Unit.PERCENT, "0", "200", "PAY-5"),
    LEVEL_DEPUTY("pay.level.deputy", "90", Unit.PERCENT, "0", "200", "PAY-5"),
    LEVEL_STAFF("pay.level.staff", "80", Unit.PERCENT, "0", "200", "PAY-5"),
    GRADE_FAIL("pay.grade.fail", "0", Unit.YUAN, "0", "100000", "PAY-5"),
    GRADE_PASS("pay.grade.pass", "300", Unit.YUAN, "0", "100000", "PAY-5"),
    GRADE_GOOD("pay.grade.good", "400", Unit.YUAN, "0", "100000", "PAY-5"),
    GRADE_EXCELLENT("pay.grade.excellent", "500", Unit.YUAN, "0", "100000", "PAY-5"),
    NIGHT_SHIFT("pay.allowance.night", "5", Unit.YUAN, "0", "10000", "PAY-7"),
    LATE_NIGHT_SHIFT("pay.allowance.late-night", "10", Unit.YUAN, "0", "10000", "PAY-7"),
    OVERTIME_THRESHOLD("pay.overtime.threshold", "4", Unit.HOURS, "0", "744", "PAY-7"),
    STANDARD_DAY("pay.overtime.standard-day", "8", Unit.HOURS, "1", "24", "PAY-7"),
    OVERTIME_DAY("pay.overtime.day", "80", Unit.YUAN, "0", "10000", "PAY-7"),
    HOLIDAY_DUTY_DAY("pay.allowance.holiday-duty", "120", Unit.YUAN, "0", "10000", "PAY-7"),
    COMPREHENSIVE_ASSISTANT("pay.comprehensive.assistant", "0", Unit.YUAN, "0", "100000", "PAY-7"),
    COMPREHENSIVE_DEPUTY("pay.comprehensive.deputy", "0", Unit.YUAN, "0", "100000", "PAY-7"),
    COMPREHENSIVE_STAFF("pay.comprehensive.staff", "0", Unit.YUAN, "0", "100000", "PAY-7"),
    SENIORITY_YEARS("pay.seniority.years", "2", Unit.YEARS, "0", "50", "PAY-7"),
    SENIORITY_PER_YEAR("pay.seniority.per-year", "50", Unit.YUAN, "0", "100000", "PAY-7");

    /** What a value measures; its label is {@code unit.pay.<name>} in lower case. */
    public enum Unit {
        PERCENT, YUAN, HOURS, YEARS, DAY_OF_MONTH
    }

    private final String key;
    private final BigDecimal defaultValue;
    private final Unit unit;
    private final BigDecimal min;
    private final BigDecimal max;
    private final String requirement;

    PayRule(String key, String defaultValue, Unit unit, String min, String max, String requirement) {
        this.key = key;
        this.defaultValue = new BigDecimal(defaultValue);
        this.unit = unit;
        this.min = new BigDecimal(min);
        this.max = new BigDecimal(max);
        this.requirement = requirement;
    }

    public String key() {
        return key;
    }

    public BigDecimal defaultValue() {
        return defaultValue;
    }

    public Unit unit() {
        return unit;
    }

    public BigDecimal min() {
        return min;
    }

    public BigDecimal max() {
        return max;
    }

    public String requirement() {
        return requirement;
    }

    /** The message key of the rule's label: {@code rule.<key>}. */
    public String labelKey() {
        return "rule." + key;
    }

    /** The message key of the unit's label. */
    public String unitKey() {
        return "unit.pay." + unit.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Whether a value fits the rule: within its range; whole days and years, fen, four decimals of a percent. */
    public boolean accepts(BigDecimal value) {
        int scale = switch (unit) {
            case PERCENT -> 4;
            case YUAN, HOURS -> 2;
            case YEARS, DAY_OF_MONTH -> 0;
        };
        return value != null && value.compareTo(min) >= 0 && value.compareTo(max) <= 0
                && value.stripTrailingZeros().scale() <= scale;
    }
}
