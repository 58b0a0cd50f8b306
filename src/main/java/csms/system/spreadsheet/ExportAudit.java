package csms.system.spreadsheet;

import java.util.Objects;

/**
 * How an export (spreadsheet or PDF) appears in the audit trail: action {@code <subject>.exported} on
 * {@code subjectType}, with the filters the user chose (e.g. {@code "grade=A, q=张"}; may be empty).
 */
public record ExportAudit(String subject, String subjectType, String filters) {

    public ExportAudit {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(subjectType, "subjectType");
        filters = filters == null ? "" : filters;
    }

    public static ExportAudit of(String subject, String subjectType, String filters) {
        return new ExportAudit(subject, subjectType, filters);
    }

    public String action() {
        return subject + ".exported";
    }

    String summary(long rows, SpreadsheetFormat format, boolean complete) {
        return "rows=" + rows + ", format=" + format.extension() + (filters.isBlank() ? "" : ", filters: " + filters)
                + (complete ? "" : ", interrupted");
    }
}
