package csms.script;

/**
 * One finding of the reply check. {@code offset} and {@code length} locate a forbidden phrase in the checked text
 * (in UTF-16 code units, as Java and JavaScript index strings); both are null for a missing phrase. The message
 * key takes the phrase as its only argument; {@code suggestion} is the supervisor's wording to use instead, if any.
 */
public record ReplyFinding(FindingKind kind, PhraseCategory category, String phrase, Integer offset, Integer length,
        String messageKey, String suggestion) {

    /** The message key of a finding of this category: {@code script.finding.<CATEGORY>}. */
    public static String messageKey(PhraseCategory category) {
        return "script.finding." + category.name();
    }

    static ReplyFinding forbidden(PhraseCategory category, String phrase, int offset, int length, String suggestion) {
        return new ReplyFinding(FindingKind.FORBIDDEN_PHRASE, category, phrase, offset, length, messageKey(category),
                suggestion);
    }

    static ReplyFinding missing(FindingKind kind, PhraseCategory category, String phrase) {
        return new ReplyFinding(kind, category, phrase, null, null, messageKey(category), null);
    }
}
