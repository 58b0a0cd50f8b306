package csms.workforce;

/** A person's breaches in the last {@code windowMonths}; at {@code dismissalCount} the page proposes dismissal. */
public record RepeatedBreaches(long userId, long count, int windowMonths, int dismissalCount) {

    public boolean proposeDismissal() {
        return count >= dismissalCount;
    }
}
