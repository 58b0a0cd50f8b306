package csms.service;

/**
 * The step a complaint waits for in the closed loop (CMP-1…CMP-7). Acceptance happens at registration, so a new
 * complaint waits for its judgement. An unjustified complaint goes from judgement straight to the summary.
 */
public enum ComplaintStage {
    JUDGEMENT, INVESTIGATION, PROPOSAL, APPROVAL, IMPLEMENTATION, SUMMARY, FOLLOW_UP, CLOSED;

    public boolean isOpen() {
        return this != CLOSED;
    }
}
