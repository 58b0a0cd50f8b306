package csms.workforce.web;

import csms.identity.Departments;
import csms.shared.PageQuery;
import csms.system.spreadsheet.ExportAudit;
import csms.system.spreadsheet.RowSource;
import csms.system.spreadsheet.SpreadsheetColumn;
import csms.system.spreadsheet.SpreadsheetDownload;
import csms.system.spreadsheet.SpreadsheetExport;
import csms.system.spreadsheet.SpreadsheetFormat;
import csms.workforce.ApproverLevel;
import csms.workforce.LeaveFilter;
import csms.workforce.LeaveRow;
import csms.workforce.LeaveStatus;
import csms.workforce.LeaveType;
import csms.workforce.LeaveDecisions;
import csms.workforce.Leaves;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** HR's file of leave decisions 人事备案 (WFM-1): every decision, filtered, paged, exported to Excel (audited). */
@Controller
class LeaveDecisionController {

    private static final int PAGE_SIZE = 20;
    private static final int EXPORT_PAGE = 500;

    private final LeaveDecisions decisions;
    private final Departments departments;
    private final SpreadsheetDownload downloads;

    LeaveDecisionController(LeaveDecisions decisions, Departments departments, SpreadsheetDownload downloads) {
        this.decisions = decisions;
        this.departments = departments;
        this.downloads = downloads;
    }

    @GetMapping("/leave/decisions")
    @PreAuthorize("hasAnyRole('HR', 'GENERAL_MANAGER')")
    String list(@RequestParam(required = false) LeaveStatus status, @RequestParam(required = false) Long department,
            @RequestParam(required = false) LeaveType type, @RequestParam(required = false) ApproverLevel level,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) String sort, Model model) {
        LeaveFilter filter = new LeaveFilter(status, department, type, level, from, to);
        model.addAttribute("page", decisions.decisions(filter, PageQuery.of(page, PAGE_SIZE, sort)));
        model.addAttribute("filter", filter);
        model.addAttribute("departments", departments.all());
        model.addAttribute("types", LeaveType.values());
        model.addAttribute("levels", ApproverLevel.values());
        model.addAttribute("states", List.of(LeaveStatus.APPROVED, LeaveStatus.REJECTED, LeaveStatus.CANCELLED));
        return "workforce/leave-decisions";
    }

    @GetMapping("/leave/decisions/export")
    @PreAuthorize("hasAnyRole('HR', 'GENERAL_MANAGER')")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) LeaveStatus status,
            @RequestParam(required = false) Long department, @RequestParam(required = false) LeaveType type,
            @RequestParam(required = false) ApproverLevel level,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String format) {
        LeaveFilter filter = new LeaveFilter(status, department, type, level, from, to);
        RowSource<LeaveRow> rows = RowSource.paged(EXPORT_PAGE, Sort.by("id"), p -> decisions.decisionSlice(filter, p));
        return downloads.send(sheet(), SpreadsheetFormat.parse(format), rows, ExportAudit.of("leave",
                Leaves.SUBJECT, filter.toString()));
    }

    static SpreadsheetExport<LeaveRow> sheet() {
        return SpreadsheetExport.of("leave.decisions.title", List.of(
                SpreadsheetColumn.number("leave.field.number", r -> r.leave().getId()),
                SpreadsheetColumn.text("leave.field.applicant", LeaveRow::applicantName),
                SpreadsheetColumn.text("leave.field.department", LeaveRow::departmentName),
                SpreadsheetColumn.label("leave.field.type", r -> "leave.type." + r.leave().getType()),
                SpreadsheetColumn.date("leave.field.start", r -> r.leave().getStartDate()),
                SpreadsheetColumn.label("leave.field.start-half", r -> "leave.half.start." + r.leave().getStartHalf()),
                SpreadsheetColumn.date("leave.field.end", r -> r.leave().getEndDate()),
                SpreadsheetColumn.label("leave.field.end-half", r -> "leave.half.end." + r.leave().getEndHalf()),
                SpreadsheetColumn.decimal("leave.field.days", r -> r.leave().getWorkingDays()),
                SpreadsheetColumn.yesNo("leave.field.urgent", r -> r.leave().isUrgent()),
                SpreadsheetColumn.text("leave.field.reason", r -> r.leave().getReason()),
                SpreadsheetColumn.label("leave.field.level", r -> "leave.level." + r.leave().getApproverLevel()),
                SpreadsheetColumn.label("leave.field.status", r -> "leave.status." + r.leave().getStatus()),
                SpreadsheetColumn.text("leave.field.decider", LeaveRow::deciderName),
                SpreadsheetColumn.dateTime("leave.field.decided-at", r -> r.leave().getDecidedAt()),
                SpreadsheetColumn.text("leave.field.note", r -> r.leave().getDecisionNote())));
    }
}
