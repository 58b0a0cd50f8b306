package csms.visit.report;

import java.util.Locale;

/**
 * Someone a report may be mailed to: a department's supervisor or a general manager with an e-mail address, and the
 * language they read the application in (the report is written in it).
 */
public record ReportRecipient(long userId, String name, String email, String department, Locale locale) {
}
