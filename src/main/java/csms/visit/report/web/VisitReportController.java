package csms.visit.report.web;

import csms.identity.Departments;
import csms.identity.UserAccounts;
import csms.service.Satisfaction;
import csms.shared.ChartOptions;
import csms.shared.FormErrors;
import csms.shared.PageQuery;
import csms.shared.ReportPeriod;
import csms.shared.RuleViolation;
import csms.system.OrganisationSettings;
import csms.system.mail.MailMessage.MailAttachment;
import csms.system.pdf.PdfDocuments;
import csms.system.pdf.PdfDownload;
import csms.system.spreadsheet.Attachment;
import csms.system.spreadsheet.ExportAudit;
import csms.system.spreadsheet.RowSource;
import csms.system.spreadsheet.SheetLocale;
import csms.system.spreadsheet.SpreadsheetDownload;
import csms.system.spreadsheet.SpreadsheetFormat;
import csms.visit.VisitKind;
import csms.visit.VisitOutcome;
import csms.visit.report.VisitRecordForm;
import csms.visit.report.VisitReportMailing;
import csms.visit.CampaignRow;
import csms.visit.VisitCampaigns;
import csms.visit.report.VisitReportQuery;
import csms.visit.report.VisitReports;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The return-visit reports for supervisors (own team) and managers: the satisfaction analysis (RPT-3) as a page
 * with charts, Excel and PDF; the summary report (RPT-4) as a page and PDF; the record form 回访记录表 as Excel;
 * and either report mailed as a PDF. The downloads name customers, so every one is audited.
 */
@Controller
class VisitReportController {

    static final String SATISFACTION = "/visits/reports/satisfaction";
    static final String SUMMARY = "/visits/reports/summary";
    static final String RECORDS = "/visits/reports/records.xlsx";
    private static final String FORM = "reportFilter";
    private static final int COMMENTS_PAGE = 20;
    private static final int RECORDS_PAGE = 500;
    /** The newest campaigns offered in the filter. */
    private static final int CAMPAIGN_CHOICES = 100;

    private final VisitReports reports;
    private final VisitRecordForm records;
    private final VisitReportMailing mailing;
    private final ReportViews views;
    private final Departments departments;
    private final UserAccounts users;
    private final SpreadsheetDownload sheets;
    private final PdfDownload pdfs;
    private final PdfDocuments documents;
    private final MessageSource messages;
    private final OrganisationSettings organisation;
    private final Clock clock;
    private final VisitCampaigns campaigns;

    VisitReportController(VisitReports reports, VisitRecordForm records, VisitReportMailing mailing,
            ReportViews views, Departments departments, UserAccounts users, SpreadsheetDownload sheets,
            PdfDownload pdfs, PdfDocuments documents, MessageSource messages, OrganisationSettings organisation,
            Clock clock, VisitCampaigns campaigns) {
        this.campaigns = campaigns;
        this.reports = reports;
        this.records = records;
        this.mailing = mailing;
        this.views = views;
        this.departments = departments;
        this.users = users;
        this.sheets = sheets;
        this.pdfs = pdfs;
        this.documents = documents;
        this.messages = messages;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** Without a period, the current month (as a link the user can keep); a bad period re-renders the form. */
    @GetMapping(SATISFACTION)
    @PreAuthorize("hasRole('SUPERVISOR')")
    String satisfaction(@ModelAttribute(FORM) ReportFilter filter, BindingResult result,
            @RequestParam(defaultValue = "0") int page, Model model) {
        if (!result.hasErrors() && !filter.hasPeriod()) {
            LocalDate today = today();
            return "redirect:" + filter.withPeriod(today.withDayOfMonth(1), today).link(SATISFACTION);
        }
        if (!result.hasErrors()) {
            try {
                VisitReportQuery query = filter.query(today());
                SatisfactionView view = views.satisfaction(reports.satisfaction(query), locale());
                model.addAttribute("view", view);
                model.addAttribute("charts", view.charts(text("visitreport.satisfied-share"),
                        text("visitreport.average-score")));
                model.addAttribute("comments", reports.comments(query,
                        PageRequest.of(Math.max(page, 0), COMMENTS_PAGE)));
                links(filter, SATISFACTION, model);
            } catch (RuleViolation e) {
                FormErrors.reject(result, e);
            }
        }
        return form(model, SATISFACTION, "visit/report/satisfaction");
    }

    @GetMapping(SATISFACTION + ".xlsx")
    @PreAuthorize("hasRole('SUPERVISOR')")
    ResponseEntity<StreamingResponseBody> satisfactionExcel(@ModelAttribute ReportFilter filter) {
        VisitReportQuery query = filter.query(today());
        SheetLocale locale = sheets.currentLocale();
        SatisfactionView view = views.satisfaction(reports.satisfaction(query), locale.locale());
        return named(sheets.send(SatisfactionSheet.EXPORT, SpreadsheetFormat.XLSX,
                RowSource.of(SatisfactionSheet.lines(view, locale)), audited(filter, query)),
                "visitreport.satisfaction.title", query, "xlsx");
    }

    @GetMapping(SATISFACTION + ".pdf")
    @PreAuthorize("hasRole('SUPERVISOR')")
    ResponseEntity<StreamingResponseBody> satisfactionPdf(@ModelAttribute ReportFilter filter) {
        VisitReportQuery query = filter.query(today());
        return named(pdfs.send(PrintedReport.SATISFACTION.template, satisfactionModel(query),
                PrintedReport.SATISFACTION.title, audited(filter, query)), PrintedReport.SATISFACTION.title, query,
                "pdf");
    }

    @GetMapping(SUMMARY)
    @PreAuthorize("hasRole('SUPERVISOR')")
    String summary(@ModelAttribute(FORM) ReportFilter filter, BindingResult result, Model model) {
        if (!result.hasErrors() && !filter.hasPeriod()) {
            LocalDate today = today();
            return "redirect:" + filter.withPeriod(today.withDayOfMonth(1), today).link(SUMMARY);
        }
        if (!result.hasErrors()) {
            try {
                model.addAllAttributes(summaryModel(filter.query(today())));
                model.addAttribute("charts", Map.of("outcomes", outcomesChart((SummaryView) model.getAttribute(
                        "view"))));
                links(filter, SUMMARY, model);
            } catch (RuleViolation e) {
                FormErrors.reject(result, e);
            }
        }
        return form(model, SUMMARY, "visit/report/summary");
    }

    @GetMapping(SUMMARY + ".pdf")
    @PreAuthorize("hasRole('SUPERVISOR')")
    ResponseEntity<StreamingResponseBody> summaryPdf(@ModelAttribute ReportFilter filter) {
        VisitReportQuery query = filter.query(today());
        return named(pdfs.send(PrintedReport.SUMMARY.template, summaryModel(query), PrintedReport.SUMMARY.title,
                audited(filter, query)), PrintedReport.SUMMARY.title, query, "pdf");
    }

    /** The record form, streamed a page at a time. */
    @GetMapping(RECORDS)
    @PreAuthorize("hasRole('SUPERVISOR')")
    ResponseEntity<StreamingResponseBody> recordForm(@ModelAttribute ReportFilter filter) {
        VisitReportQuery query = filter.query(today());
        return named(sheets.send(RecordSheet.EXPORT, SpreadsheetFormat.XLSX, RowSource.paged(RECORDS_PAGE,
                VisitRecordForm.ORDER, p -> records.page(query, p)), audited(filter, query)),
                "visitreport.records.title", query, "xlsx");
    }

    /** Mails the report as a PDF to the chosen recipients; a missing or foreign recipient comes back as a message. */
    @PostMapping("/visits/reports/{name:satisfaction|summary}/mail")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String mail(@PathVariable String name, @ModelAttribute ReportFilter filter,
            @RequestParam(name = "recipients", required = false) List<Long> recipients, RedirectAttributes flash) {
        PrintedReport report = PrintedReport.valueOf(name.toUpperCase(Locale.ROOT));
        VisitReportQuery query = filter.query(today());
        try {
            mailing.send(recipients, locale -> letter(report, query, locale));
            flash.addFlashAttribute("success", "visitreport.mail.sent");
        } catch (RuleViolation e) {
            flash.addFlashAttribute("error", e.messageKey());
            flash.addFlashAttribute("errorArgs", e.arguments());
        }
        return "redirect:" + filter.link(report == PrintedReport.SATISFACTION ? SATISFACTION : SUMMARY);
    }

    /** The report as a PDF with its mail's subject and text, written in the reader's language. */
    private VisitReportMailing.ReportLetter letter(PrintedReport report, VisitReportQuery query, Locale locale) {
        Map<String, Object> model = report == PrintedReport.SATISFACTION ? satisfactionModel(query, locale)
                : summaryModel(query, locale);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        documents.render(report.template, model, locale, pdf);
        String title = views.text(report.title, locale);
        String body = messages.getMessage("visitreport.mail.text", new Object[] { title,
                String.join("\n", views.filters(query, locale)) }, locale);
        return new VisitReportMailing.ReportLetter(title + " " + query.from() + " – " + query.to(), body,
                new MailAttachment(fileName(report.title, query, locale) + ".pdf", PdfDownload.PDF.toString(),
                        pdf.toByteArray()));
    }

    private Map<String, Object> satisfactionModel(VisitReportQuery query) {
        return satisfactionModel(query, locale());
    }

    private Map<String, Object> satisfactionModel(VisitReportQuery query, Locale locale) {
        SatisfactionView view = views.satisfaction(reports.satisfaction(query), locale);
        return Map.of("view", view, "comments", reports.comments(query, PageRequest.of(0, COMMENTS_PAGE)));
    }

    private Map<String, Object> summaryModel(VisitReportQuery query) {
        return summaryModel(query, locale());
    }

    private Map<String, Object> summaryModel(VisitReportQuery query, Locale locale) {
        return Map.of("view", new SummaryView(reports.summary(query), views.filters(query, locale)));
    }

    private Map<String, Object> outcomesChart(SummaryView view) {
        List<String> names = view.summary().outcomes().keySet().stream().map(o -> text("visit.outcome." + o))
                .toList();
        return ChartOptions.pie(names, List.copyOf(view.summary().outcomes().values()));
    }

    private void links(ReportFilter filter, String path, Model model) {
        model.addAttribute("excel", filter.link(path + ".xlsx"));
        model.addAttribute("pdf", filter.link(path + ".pdf"));
        model.addAttribute("records", filter.link(RECORDS));
        model.addAttribute("recipients", mailing.recipients());
    }

    private String form(Model model, String path, String template) {
        model.addAttribute("action", path);
        model.addAttribute("presets", ReportPeriod.presets(today()));
        model.addAttribute("departments", departments.all());
        model.addAttribute("agents", users.activeAgents());
        model.addAttribute("kinds", VisitKind.values());
        model.addAttribute("outcomes", VisitOutcome.values());
        model.addAttribute("satisfactions", Satisfaction.values());
        model.addAttribute("campaigns", campaigns.list(null, PageQuery.of(0, CAMPAIGN_CHOICES, null))
                .map(CampaignRow::campaign).getContent());
        return template;
    }

    private static ExportAudit audited(ReportFilter filter, VisitReportQuery query) {
        return ExportAudit.of("visitreport", VisitReportMailing.SUBJECT, filter.audit(query));
    }

    /** Names the download after the report and its period, e.g. {@code 满意度分析-2024-03-01至2024-03-31.pdf}. */
    private ResponseEntity<StreamingResponseBody> named(ResponseEntity<StreamingResponseBody> download, String title,
            VisitReportQuery query, String extension) {
        String name = fileName(title, query) + "." + extension;
        return ResponseEntity.status(download.getStatusCode()).headers(h -> {
            h.putAll(download.getHeaders());
            h.set(HttpHeaders.CONTENT_DISPOSITION, Attachment.contentDisposition(name));
        }).body(download.getBody());
    }

    private String fileName(String title, VisitReportQuery query) {
        return fileName(title, query, locale());
    }

    private String fileName(String title, VisitReportQuery query, Locale locale) {
        return messages.getMessage("visitreport.file-name", new Object[] { views.text(title, locale),
                query.from().toString(), query.to().toString() }, locale);
    }

    private String text(String key) {
        return views.text(key, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(organisation.zone()));
    }
}
