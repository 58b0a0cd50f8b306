package csms.script;

import java.util.Locale;

/** A lower-case LIKE pattern, escaped with backslash, for "contains this text" ("%" for no text). */
final class LikePattern {

    private LikePattern() {
    }

    static String contains(String q) {
        if (q == null || q.isBlank()) {
            return "%";
        }
        return "%" + q.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                + "%";
    }
}
