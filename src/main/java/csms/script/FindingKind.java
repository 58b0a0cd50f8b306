package csms.script;

/** What is wrong with a reply: a forbidden phrase in it, a courtesy phrase missing, or a closing without 再见. */
public enum FindingKind {
    FORBIDDEN_PHRASE,
    MISSING_COURTESY,
    MISSING_CLOSING
}
