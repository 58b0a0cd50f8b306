package csms.shared;

import java.util.regex.Pattern;

/**
 * A mainland China phone number: a mobile (11 digits starting with 1[3-9]) or a landline
 * with area code (0 + 2–3 digits, then 7–8 digits, optional extension). Stored in a normal form.
 */
public record PhoneNumber(String value) {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-\\d{7,8}(-\\d{1,6})?");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s()（）]+");

    public PhoneNumber {
        if (value == null || !(MOBILE.matcher(value).matches() || LANDLINE.matcher(value).matches())) {
            throw RuleViolation.onField("phone", "validation.phone", String.valueOf(value));
        }
    }

    /** Parses user input, tolerating spaces, brackets, a +86 prefix and a missing landline dash after the area code. */
    public static PhoneNumber of(String raw) {
        if (raw == null) {
            throw RuleViolation.onField("phone", "validation.phone", "");
        }
        String s = SEPARATORS.matcher(raw.strip()).replaceAll("");
        if (s.startsWith("+86")) {
            s = s.substring(3);
        } else if (s.startsWith("0086")) {
            s = s.substring(4);
        }
        s = s.replace('—', '-').replace('－', '-');
        if (s.startsWith("-")) {
            s = s.substring(1);
        }
        String undashed = s.replace("-", "");
        if (undashed.matches("1\\d{10}")) {
            return new PhoneNumber(undashed);
        }
        if (s.matches("0(10|2\\d)\\d{7,8}")) {
            s = s.substring(0, 3) + "-" + s.substring(3);
        } else if (s.matches("0[3-9]\\d{2}\\d{7,8}")) {
            s = s.substring(0, 4) + "-" + s.substring(4);
        }
        return new PhoneNumber(s);
    }

    public static boolean isValid(String raw) {
        try {
            of(raw);
            return true;
        } catch (RuleViolation e) {
            return false;
        }
    }

    public boolean isMobile() {
        return MOBILE.matcher(value).matches();
    }

    /** Only the digits, for searching by any part of the number. */
    public String digits() {
        return value.replaceAll("\\D", "");
    }

    /** The number with its middle hidden: 138****5678, 010-****5678. */
    public String masked() {
        return Masking.phone(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
