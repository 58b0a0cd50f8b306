package csms.workforce;

/** A training session (a course given) or an experience exchange 经验交流 with its key points (WFM-9). */
public enum SessionKind {
    TRAINING,
    EXCHANGE;

    public String labelKey() {
        return "training.session.kind." + name();
    }
}
