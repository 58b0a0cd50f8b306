package csms.visit.report;

/** Someone a report may be mailed to: a department's supervisor or a general manager with an e-mail address. */
public record ReportRecipient(long userId, String name, String email, String department) {
}
