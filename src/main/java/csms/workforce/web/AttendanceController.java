package csms.workforce.web;

import csms.shared.BusinessException;
import csms.shared.PageQuery;
import csms.system.OrganisationSettings;
import csms.system.spreadsheet.ExportAudit;
import csms.system.spreadsheet.ImportMode;
import csms.system.spreadsheet.ImportReports;
import csms.system.spreadsheet.RowSource;
import csms.system.spreadsheet.SpreadsheetColumn;
import csms.system.spreadsheet.SpreadsheetDownload;
import csms.system.spreadsheet.SpreadsheetExport;
import csms.system.spreadsheet.SpreadsheetFormat;
import csms.workforce.Attendance;
import csms.workforce.AttendanceEntry;
import csms.workforce.AttendanceImport;
import csms.workforce.AttendanceLine;
import csms.workforce.StaffFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Attendance (WFM-2): the month's list per team with filters and paging, the supervisor's entry form, the Excel/CSV
 * export of the list and the import.
 */
@Controller
@RequestMapping("/workforce/attendance")
class AttendanceController {

    static final SpreadsheetExport<AttendanceLine> SHEET = SpreadsheetExport.of("attendance.export.title",
            SpreadsheetColumn.<AttendanceLine>text("attendance.column.person", AttendanceLine::person),
            SpreadsheetColumn.<AttendanceLine>date("attendance.column.day", AttendanceLine::day),
            SpreadsheetColumn.<AttendanceLine>number("attendance.column.late", AttendanceLine::lateMinutes),
            SpreadsheetColumn.<AttendanceLine>number("attendance.column.early", AttendanceLine::earlyLeaveMinutes),
            SpreadsheetColumn.<AttendanceLine>decimal("attendance.column.absence", AttendanceLine::absenceDays),
            SpreadsheetColumn.<AttendanceLine>text("attendance.column.note", AttendanceLine::note));

    private final Attendance attendance;
    private final AttendanceImport imports;
    private final ImportReports reports;
    private final SpreadsheetDownload downloads;
    private final OrganisationSettings organisation;
    private final Clock clock;

    AttendanceController(Attendance attendance, AttendanceImport imports, ImportReports reports,
            SpreadsheetDownload downloads, OrganisationSettings organisation, Clock clock) {
        this.attendance = attendance;
        this.imports = imports;
        this.reports = reports;
        this.downloads = downloads;
        this.organisation = organisation;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    String list(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @RequestParam(required = false) Long departmentId, @RequestParam(required = false) Long userId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort, @RequestParam(required = false) Long edit, Model model) {
        String shown = view(new StaffFilter(StaffPages.monthOr(month, clock, organisation.zone()), departmentId,
                userId), PageQuery.of(page, size, sort), sort, model);
        if (edit != null && model.getAttribute("page") instanceof Page<?> lines) {
            lines.getContent().stream().map(AttendanceLine.class::cast).filter(l -> l.id() == edit).findFirst()
                    .ifPresent(l -> {
                        model.addAttribute("entry", new AttendanceEntry(l.userId(), l.day(), l.lateMinutes(),
                                l.earlyLeaveMinutes(), l.absenceDays(), l.note()));
                        model.addAttribute("editVersion", l.version());
                    });
        }
        return shown;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR')")
    String record(@RequestParam(required = false) Long userId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(required = false) Integer lateMinutes, @RequestParam(required = false) Integer earlyLeaveMinutes,
            @RequestParam(required = false) BigDecimal absenceDays, @RequestParam(required = false) String note,
            @RequestParam(required = false) Long version, Model model, RedirectAttributes flash,
            HttpServletResponse response) {
        AttendanceEntry entry = new AttendanceEntry(userId, day, lateMinutes, earlyLeaveMinutes, absenceDays, note);
        try {
            attendance.record(entry, version);
            flash.addFlashAttribute("success", "attendance.saved");
            return "redirect:/workforce/attendance?month=" + YearMonth.from(day);
        } catch (BusinessException e) {
            StaffPages.refused(e, model, response);
            model.addAttribute("entry", entry);
            model.addAttribute("editVersion", version);
            YearMonth month = day == null ? StaffPages.monthOr(null, clock, organisation.zone()) : YearMonth.from(day);
            return view(new StaffFilter(month, null, null), PageQuery.of(null, null, null), null, model);
        }
    }

    @GetMapping("/export")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @RequestParam(required = false) Long departmentId, @RequestParam(required = false) Long userId,
            @RequestParam(required = false) String format) {
        StaffFilter filter = new StaffFilter(StaffPages.monthOr(month, clock, organisation.zone()), departmentId,
                userId);
        RowSource<AttendanceLine> rows = RowSource.paged(500, Sort.by("workDate", "userId", "id"),
                p -> attendance.slice(filter, p));
        return downloads.send(SHEET, SpreadsheetFormat.parse(format), rows,
                ExportAudit.of(AttendanceImport.SUBJECT, Attendance.SUBJECT, filter.summary()));
    }

    @GetMapping("/import")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR')")
    String importForm(Model model) {
        return importPage(model);
    }

    @PostMapping("/import")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR')")
    String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String mode,
            HttpServletRequest request, Model model) {
        ImportMode chosen = ImportMode.parse(mode);
        reports.runForPage(model, request.getSession(), chosen, () -> imports.run(chosen, file));
        return importPage(model);
    }

    private String importPage(Model model) {
        model.addAttribute("columns", imports.layout().columns());
        return "workforce/attendance-import";
    }

    private String view(StaffFilter filter, PageQuery page, String sort, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("sort", sort);
        model.addAttribute("page", attendance.list(filter, page));
        model.addAttribute("teams", attendance.teams());
        model.addAttribute("people", attendance.keptPeople());
        model.addAttribute("reach", attendance.reach());
        return "workforce/attendance";
    }
}
