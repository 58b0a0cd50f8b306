package csms.script;

/** The situations of the script library (SCR-1) a reply template is written for; SCR-2 picks templates by these. */
public enum ReplySituation {
    GREETING,
    ADDRESSING,
    POLITE_WORDS,
    CLOSING_ANSWERED,
    CLOSING_PENDING,
    REPLY_TO_THANKS,
    SILENT_CALL,
    NOISY_LINE,
    INTERNAL_CALL,
    WRONG_NUMBER,
    LOW_VOICE,
    READ_BACK,
    ANGRY_CUSTOMER,
    DIALECT,
    BEYOND_KNOWLEDGE,
    VISIT_OPENING,
    VISIT_CLOSING,
    TELEMARKETING_OPENING,
    OTHER
}
