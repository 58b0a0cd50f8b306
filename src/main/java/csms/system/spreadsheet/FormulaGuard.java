package csms.system.spreadsheet;

/**
 * Neutralises spreadsheet formula injection (CWE-1236) in text cells. Rule: a text that begins with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab (0x09) or a carriage return (0x0D) — also after leading whitespace — is
 * written with a single quote {@code '} in front, so Excel and other spreadsheet programs show it as text and never
 * evaluate it. A text that begins with {@code '} followed by such a text is quoted too, which makes the rule exactly
 * reversible: {@link #restore(String)} removes the quote again, so an export → import round trip is lossless.
 * Numbers, dates and booleans written as typed cells are not text and need no quote.
 */
public final class FormulaGuard {

    private static final String TRIGGERS = "=+-@\t\r";

    private FormulaGuard() {
    }

    /** The text as it must be written into a cell: quoted if a spreadsheet could take it for a formula. */
    public static String neutralise(String text) {
        return text != null && needsQuote(text) ? "'" + text : text;
    }

    /** Undoes {@link #neutralise(String)}: removes the quote our exports put in front of a formula-like text. */
    public static String restore(String cell) {
        return cell != null && cell.startsWith("'") && needsQuote(cell.substring(1)) ? cell.substring(1) : cell;
    }

    /** True if the text, written as is, could be taken for a formula (or is a quoted one that would lose its quote). */
    public static boolean needsQuote(String text) {
        int start = 0;
        while (start < text.length() && text.charAt(start) == '\'') {
            start++;
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (TRIGGERS.indexOf(c) >= 0) {
                return true;
            }
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return false;
    }
}
