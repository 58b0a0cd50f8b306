package csms.script;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The reply standard "三要、三不" as currently configured, and the check of a written reply against it (SCR-13).
 * Immutable and without I/O, so one instance serves every check until the lists change.
 *
 * <p>Matching rule: a phrase matches where its characters occur literally in the reply, ignoring case and the
 * difference between full-width and half-width Latin letters, digits and punctuation; nothing else is
 * interpreted (no word segmentation), so 不行 is found inside 不行驶 too. Where forbidden phrases overlap, the one
 * that starts first, and of those the longest, is reported. Each courtesy phrase must occur somewhere in a
 * non-blank reply; a closing reply must end with one of the closing phrases, trailing spaces, punctuation and
 * symbols (such as ! 。 ~ or an emoji) aside. A blank reply has no findings.
 */
public final class ReplyStandard {

    /** One phrase of the lists, as the standard needs it. */
    public record Phrase(String text, PhraseCategory category, String suggestion) {
    }

    private record Folded(Phrase phrase, String folded) {
    }

    private final List<Folded> forbidden;
    private final List<Folded> courtesy;
    private final List<Folded> closings;

    public ReplyStandard(Collection<Phrase> phrases) {
        List<Folded> usable = phrases.stream().filter(p -> p.text() != null && !p.text().isBlank())
                .map(p -> new Folded(p, fold(p.text().strip()))).toList();
        this.forbidden = usable.stream().filter(f -> f.phrase().category().isForbidden()).toList();
        this.courtesy = usable.stream().filter(f -> f.phrase().category() == PhraseCategory.COURTESY).toList();
        this.closings = usable.stream().filter(f -> f.phrase().category() == PhraseCategory.CLOSING).toList();
    }

    /** Checks a reply; {@code closing} says it ends the conversation, so it must end with a closing phrase. */
    public ReplyCheck check(String text, boolean closing) {
        if (text == null || text.isBlank()) {
            return new ReplyCheck(List.of());
        }
        String folded = fold(text);
        List<ReplyFinding> findings = new ArrayList<>(forbiddenIn(folded));
        for (Folded c : courtesy) {
            if (!folded.contains(c.folded())) {
                findings.add(ReplyFinding.missing(FindingKind.MISSING_COURTESY, PhraseCategory.COURTESY,
                        c.phrase().text()));
            }
        }
        if (closing && !closings.isEmpty() && !endsWithClosing(folded)) {
            String expected = String.join(" / ", closings.stream().map(c -> c.phrase().text()).toList());
            findings.add(ReplyFinding.missing(FindingKind.MISSING_CLOSING, PhraseCategory.CLOSING, expected));
        }
        return new ReplyCheck(findings);
    }

    private List<ReplyFinding> forbiddenIn(String folded) {
        List<ReplyFinding> matches = new ArrayList<>();
        for (Folded f : forbidden) {
            for (int at = folded.indexOf(f.folded()); at >= 0; at = folded.indexOf(f.folded(), at + 1)) {
                matches.add(ReplyFinding.forbidden(f.phrase().category(), f.phrase().text(), at, f.folded().length(),
                        f.phrase().suggestion()));
            }
        }
        matches.sort(Comparator.comparing(ReplyFinding::offset)
                .thenComparing(ReplyFinding::length, Comparator.reverseOrder()));
        List<ReplyFinding> kept = new ArrayList<>();
        int end = 0;
        for (ReplyFinding m : matches) {
            if (m.offset() >= end) {
                kept.add(m);
                end = m.offset() + m.length();
            }
        }
        return kept;
    }

    private boolean endsWithClosing(String folded) {
        int end = folded.length();
        while (end > 0) {
            int cp = folded.codePointBefore(end);
            if (!Character.isWhitespace(cp) && !isPunctuationOrSymbol(cp)) {
                break;
            }
            end -= Character.charCount(cp);
        }
        String body = folded.substring(0, end);
        return closings.stream().anyMatch(c -> body.endsWith(c.folded()));
    }

    private static boolean isPunctuationOrSymbol(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.FORMAT -> true;
            default -> false;
        };
    }

    /** Same length as the input, so offsets in the folded text are offsets in the original. */
    static String fold(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                c = ' ';
            }
            chars[i] = Character.toLowerCase(c);
        }
        return new String(chars);
    }
}
