package csms.visit;

/** How a visit's result came in: the agent recorded the call, or the customer answered the web questionnaire. */
public enum RecordedVia {
    PHONE, WEB
}
