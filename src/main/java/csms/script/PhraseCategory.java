package csms.script;

/**
 * What a phrase of the reply standard is: the kinds of forbidden talk of "三不" and the complaint rules (CMP-9),
 * or the courtesy of "三要" (请 and 您 anywhere in a reply, 再见 at the end of a closing).
 */
public enum PhraseCategory {
    RUDE(true),
    BLAME_SHIFTING(true),
    REFUSAL(true),
    BLAMING_CUSTOMER(true),
    DOUBTING_CUSTOMER(true),
    RASH_PROMISE(true),
    ARGUING(true),
    COURTESY(false),
    CLOSING(false);

    private final boolean forbidden;

    PhraseCategory(boolean forbidden) {
        this.forbidden = forbidden;
    }

    /** True for phrases an agent must not write, false for the courtesy an agent must use. */
    public boolean isForbidden() {
        return forbidden;
    }
}
