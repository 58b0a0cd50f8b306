package csms.script.web;

import csms.script.AgentReplyQuality;
import csms.script.PhraseCategory;
import csms.script.ReplyQualityReport;
import csms.shared.BusinessException;
import csms.system.spreadsheet.RowSource;
import csms.system.spreadsheet.SpreadsheetColumn;
import csms.system.spreadsheet.SpreadsheetDownload;
import csms.system.spreadsheet.SpreadsheetExport;
import csms.system.spreadsheet.SpreadsheetFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The reply-quality QA report (SCR-13): a page per period and its spreadsheet. */
@Controller
class ReplyQualityReportController {

    private final ReplyQualityReport report;
    private final SpreadsheetDownload downloads;
    private final Clock clock;

    ReplyQualityReportController(ReplyQualityReport report, SpreadsheetDownload downloads, Clock clock) {
        this.report = report;
        this.downloads = downloads;
        this.clock = clock;
    }

    @GetMapping("/reports/reply-quality")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        LocalDate end = to == null ? LocalDate.now(clock.withZone(downloads.currentLocale().zone())) : to;
        LocalDate start = from == null ? end.withDayOfMonth(1) : from;
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("categories", PhraseCategory.values());
        try {
            model.addAttribute("lines", report.report(start, end));
        } catch (BusinessException e) {
            model.addAttribute("lines", List.of());
            model.addAttribute("error", e.messageKey());
            model.addAttribute("errorArgs", e.arguments());
        }
        return "script/reply-quality-report";
    }

    /** The report as {@code .xlsx} or CSV: aggregated counts per agent, no customer data. */
    @GetMapping("/reports/reply-quality/export")
    @PreAuthorize("hasRole('SUPERVISOR')")
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String format) {
        return downloads.send(sheet(), SpreadsheetFormat.parse(format), RowSource.of(report.report(from, to)));
    }

    static SpreadsheetExport<AgentReplyQuality> sheet() {
        List<SpreadsheetColumn<AgentReplyQuality>> columns = new ArrayList<>(List.of(
                SpreadsheetColumn.text("script.report.agent", AgentReplyQuality::agentName),
                SpreadsheetColumn.text("script.report.agent-number", AgentReplyQuality::agentNumber),
                SpreadsheetColumn.number("script.report.replies", AgentReplyQuality::replies),
                SpreadsheetColumn.number("script.report.flagged", AgentReplyQuality::flagged),
                SpreadsheetColumn.number("script.report.findings", AgentReplyQuality::totalFindings)));
        for (PhraseCategory c : PhraseCategory.values()) {
            columns.add(SpreadsheetColumn.number("script.category." + c.name(), l -> l.findingsOf(c)));
        }
        return SpreadsheetExport.of("script.report.title", columns);
    }
}
