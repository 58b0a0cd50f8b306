package csms.shared;

/**
 * A configurable rule value (a deadline, a threshold) with the requirements' default and its allowed range.
 * Modules declare their keys; administrators see and change them on the rules page.
 */
public record RuleKey(String key, int defaultValue, int min, int max, String unit, String requirement) {

    public RuleKey {
        if (defaultValue < min || defaultValue > max) {
            throw new IllegalArgumentException("default outside range for " + key);
        }
    }

    /** The message key of the rule's label: {@code rule.<key>}. */
    public String labelKey() {
        return "rule." + key;
    }
}
