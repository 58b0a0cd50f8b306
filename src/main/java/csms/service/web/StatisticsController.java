package csms.service.web;

import csms.identity.Departments;
import csms.service.Channel;
import csms.service.ComplaintCategory;
import csms.service.ComplaintStatisticsReport;
import csms.service.Severity;
import csms.service.StatisticsQuery;
import csms.shared.FormErrors;
import csms.shared.RuleViolation;
import csms.system.OrganisationSettings;
import csms.system.pdf.PdfDownload;
import csms.system.spreadsheet.Attachment;
import csms.system.spreadsheet.RowSource;
import csms.system.spreadsheet.SheetLocale;
import csms.system.spreadsheet.SpreadsheetDownload;
import csms.system.spreadsheet.SpreadsheetFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The complaint classification statistics 顾客投诉分类统计表 (CMP-6, RPT-2, RPT-7) for supervisors and above: the page
 * with its charts, and the same figures as an Excel workbook and a PDF. Aggregated figures hold no personal data,
 * so the downloads are not audited.
 */
@Controller
class StatisticsController {

    static final String PAGE = "/requests/statistics";
    private static final String FORM = "statisticsFilter";

    private final ComplaintStatisticsReport report;
    private final StatisticsViews views;
    private final Departments departments;
    private final SpreadsheetDownload sheets;
    private final PdfDownload pdfs;
    private final MessageSource messages;
    private final OrganisationSettings organisation;
    private final Clock clock;

    StatisticsController(ComplaintStatisticsReport report, StatisticsViews views, Departments departments,
            SpreadsheetDownload sheets, PdfDownload pdfs, MessageSource messages, OrganisationSettings organisation,
            Clock clock) {
        this.report = report;
        this.views = views;
        this.departments = departments;
        this.sheets = sheets;
        this.pdfs = pdfs;
        this.messages = messages;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** Without a period, the current month (as a link the user can keep); a bad period re-renders the form. */
    @GetMapping(PAGE)
    @PreAuthorize("hasRole('SUPERVISOR')")
    String page(@ModelAttribute(FORM) StatisticsFilter filter, BindingResult result, Model model) {
        LocalDate today = today();
        if (!result.hasErrors() && !filter.hasPeriod()) {
            return "redirect:" + filter.withPeriod(today.withDayOfMonth(1), today).link(PAGE);
        }
        if (!result.hasErrors()) {
            try {
                StatisticsView view = views.of(report.compute(filter.query(today)), LocaleContextHolder.getLocale());
                model.addAttribute("view", view);
                model.addAttribute("charts", view.charts());
                model.addAttribute("excel", filter.link(PAGE + ".xlsx"));
                model.addAttribute("pdf", filter.link(PAGE + ".pdf"));
            } catch (RuleViolation e) {
                FormErrors.reject(result, e);
            }
        }
        model.addAttribute("presets", StatisticsFilter.presets(today));
        model.addAttribute("departments", departments.all());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("categories", ComplaintCategory.values());
        return "service/statistics";
    }

    @GetMapping(PAGE + ".xlsx")
    @PreAuthorize("hasRole('SUPERVISOR')")
    ResponseEntity<StreamingResponseBody> excel(@ModelAttribute StatisticsFilter filter) {
        StatisticsQuery query = filter.query(today());
        SheetLocale locale = sheets.currentLocale();
        StatisticsView view = views.of(report.compute(query), locale.locale());
        return named(sheets.send(StatisticsSheet.EXPORT, SpreadsheetFormat.XLSX,
                RowSource.of(StatisticsSheet.lines(view, locale))), query, "xlsx");
    }

    @GetMapping(PAGE + ".pdf")
    @PreAuthorize("hasRole('SUPERVISOR')")
    ResponseEntity<StreamingResponseBody> pdf(@ModelAttribute StatisticsFilter filter) {
        StatisticsQuery query = filter.query(today());
        StatisticsView view = views.of(report.compute(query), LocaleContextHolder.getLocale());
        return named(pdfs.send("service/statistics-print",
                Map.of("view", view, "landscape", view.months().size() > 6), "servicestats.title"), query,
                "pdf");
    }

    /** Names the download after the report and its period, e.g. {@code 顾客投诉分类统计表-2024-03-01至2024-04-30.pdf}. */
    private ResponseEntity<StreamingResponseBody> named(ResponseEntity<StreamingResponseBody> download,
            StatisticsQuery query, String extension) {
        String name = messages.getMessage("servicestats.file-name",
                new Object[] { query.from().toString(), query.to().toString() }, LocaleContextHolder.getLocale());
        return ResponseEntity.status(download.getStatusCode()).headers(h -> {
            h.putAll(download.getHeaders());
            h.set(HttpHeaders.CONTENT_DISPOSITION, Attachment.contentDisposition(name + "." + extension));
        }).body(download.getBody());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(organisation.zone()));
    }
}
