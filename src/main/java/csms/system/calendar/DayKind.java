package csms.system.calendar;

import csms.shared.RuleViolation;
import java.util.Locale;

/**
 * What a calendar day is, compared with the ordinary working week: a public holiday (statutory, from the State
 * Council's notice), a company holiday (off, not statutory), or a working day (a make-up working day 调休 on a
 * weekend, or a company working day).
 */
public enum DayKind {
    PUBLIC_HOLIDAY(true, true),
    COMPANY_HOLIDAY(true, false),
    WORKING_DAY(false, false);

    public static final String FIELD = "kind";

    private final boolean offDay;
    private final boolean statutory;

    DayKind(boolean offDay, boolean statutory) {
        this.offDay = offDay;
        this.statutory = statutory;
    }

    public boolean offDay() {
        return offDay;
    }

    public boolean statutory() {
        return statutory;
    }

    static DayKind of(boolean offDay, boolean statutory) {
        return !offDay ? WORKING_DAY : statutory ? PUBLIC_HOLIDAY : COMPANY_HOLIDAY;
    }

    /** Reads the kind's name; anything else is refused on the field "kind". */
    public static DayKind parse(String value) {
        try {
            return valueOf(value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RuleViolation.onField(FIELD, "calendar.day.kind-invalid", String.valueOf(value));
        }
    }
}
