package csms.system.spreadsheet;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lenient parsing of cell text as people type it in China; {@code null} means "does not parse". */
final class CellParsing {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?|[+-]?\\.\\d+");
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?(?:[ T]+(\\d{1,2})[:时](\\d{1,2})(?:[:分](\\d{1,2})(?:\\.\\d+)?秒?)?)?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Set<String> TRUE = Set.of("是", "true", "yes", "y", "1", "对");
    private static final Set<String> FALSE = Set.of("否", "false", "no", "n", "0", "不是");

    private CellParsing() {
    }

    static BigDecimal decimal(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        if (!NUMBER.matcher(plain).matches()) {
            return null;
        }
        return new BigDecimal(plain.replace(",", ""));
    }

    static Long wholeNumber(String text) {
        BigDecimal value = decimal(text);
        if (value == null) {
            return null;
        }
        try {
            return value.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException notWhole) {
            return null;
        }
    }

    static LocalDate date(String text) {
        LocalDateTime value = dateTime(text);
        return value == null || value.toLocalTime().toSecondOfDay() != 0 ? null : value.toLocalDate();
    }

    static LocalDateTime dateTime(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        try {
            Matcher compact = COMPACT_DATE.matcher(plain);
            if (compact.matches()) {
                return LocalDate.of(n(compact, 1), n(compact, 2), n(compact, 3)).atStartOfDay();
            }
            Matcher m = DATE_TIME.matcher(plain);
            if (!m.matches()) {
                return null;
            }
            return LocalDateTime.of(n(m, 1), n(m, 2), n(m, 3), n(m, 4), n(m, 5), n(m, 6));
        } catch (DateTimeException e) {
            return null;
        }
    }

    static Boolean bool(String text) {
        String value = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        if (TRUE.contains(value)) {
            return true;
        }
        return FALSE.contains(value) ? false : null;
    }

    private static int n(Matcher m, int group) {
        return m.group(group) == null ? 0 : Integer.parseInt(m.group(group));
    }
}
