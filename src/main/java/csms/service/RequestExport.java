package csms.service;

import csms.system.spreadsheet.ExportAudit;
import csms.system.spreadsheet.SpreadsheetColumn;
import csms.system.spreadsheet.SpreadsheetExport;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Exports a request list (a queue with the workspace's filters) as the viewer sees it, slice by slice so that no
 * export holds the list in memory; a request of a confidential customer outside the viewer's reach (CUS-6) is not
 * in it, exactly as it is not in the list. Audited as {@code service.exported} with the filters.
 */
@Service
public class RequestExport {

    /** Requests per slice read from the database. */
    public static final int PAGE_SIZE = 500;

    public SpreadsheetExport<RequestRow> sheet() {
        return SpreadsheetExport.of("servicedesk.export.title", List.of(
                SpreadsheetColumn.number("servicedesk.field.number", RequestRow::id),
                SpreadsheetColumn.label("servicedesk.field.type", r -> "request.type." + r.type()),
                SpreadsheetColumn.label("servicedesk.field.channel", r -> "request.channel." + r.channel()),
                SpreadsheetColumn.text("servicedesk.field.customer", RequestRow::customerName),
                SpreadsheetColumn.yesNo("servicedesk.big-customer", RequestRow::bigCustomer),
                SpreadsheetColumn.yesNo("servicedesk.important-agreement", RequestRow::importantAgreement),
                SpreadsheetColumn.text("servicedesk.field.subject", RequestRow::subject),
                SpreadsheetColumn.label("servicedesk.field.priority", r -> "request.priority." + r.priority()),
                SpreadsheetColumn.label("servicedesk.field.status", r -> "request.status." + r.status()),
                SpreadsheetColumn.label("servicedesk.field.stage",
                        r -> r.stage() == null ? null : "complaint.stage." + r.stage()),
                SpreadsheetColumn.label("servicedesk.field.severity",
                        r -> r.severity() == null ? null : "request.severity." + r.severity()),
                SpreadsheetColumn.yesNo("servicedesk.export.crisis", RequestRow::crisis),
                SpreadsheetColumn.text("servicedesk.field.team", RequestRow::departmentName),
                SpreadsheetColumn.text("servicedesk.field.assignee", RequestRow::assigneeName),
                SpreadsheetColumn.dateTime("servicedesk.field.due", RequestRow::dueAt),
                SpreadsheetColumn.yesNo("servicedesk.overdue", RequestRow::overdue),
                SpreadsheetColumn.yesNo("servicedesk.export.escalated", RequestRow::escalated),
                SpreadsheetColumn.text("servicedesk.field.tags", RequestRow::tags),
                SpreadsheetColumn.dateTime("servicedesk.field.created", RequestRow::createdAt),
                SpreadsheetColumn.dateTime("servicedesk.field.updated", RequestRow::updatedAt)));
    }

    /** How the export appears in the audit trail: {@code service.exported} with the queue and filters chosen. */
    public ExportAudit audit(RequestFilter filter) {
        List<String> parts = new ArrayList<>();
        parts.add("queue=" + filter.queue());
        add(parts, "q", filter.q());
        add(parts, "type", filter.type());
        add(parts, "status", filter.status());
        add(parts, "channel", filter.channel());
        add(parts, "priority", filter.priority());
        add(parts, "stage", filter.stage());
        return ExportAudit.of("service", "ServiceRequest", String.join(", ", parts));
    }

    private static void add(List<String> parts, String name, Object value) {
        if (value != null) {
            parts.add(name + "=" + value);
        }
    }
}
