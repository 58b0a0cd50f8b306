package csms.workforce;

import csms.shared.RuleViolation;

/** Free texts of the staff records: trimmed, empty as none, too long refused on the field. */
final class StaffTexts {

    private StaffTexts() {
    }

    static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = value.strip();
        if (clean.length() > max) {
            throw RuleViolation.onField(field, "workforce.text.too-long", max);
        }
        return clean;
    }
}
