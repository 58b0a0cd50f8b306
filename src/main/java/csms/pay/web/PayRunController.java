package csms.pay.web;

import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import csms.pay.PayComponentKind;
import csms.pay.PayLine;
import csms.pay.PayRun;
import csms.pay.PayRuns;
import csms.pay.PayRules;
import csms.shared.BusinessException;
import csms.system.pdf.PdfDownload;
import csms.system.spreadsheet.ExportAudit;
import csms.system.spreadsheet.RowSource;
import csms.system.spreadsheet.SpreadsheetDownload;
import csms.system.spreadsheet.SpreadsheetFormat;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pay sheet pages (PAY-8): a month's runs with their steps, a run's lines with every component and its basis,
 * the pay sheet in Excel, and an employee's own pay slip of the locked month.
 */
@Controller
class PayRunController {

    private static final int PAGE = 100;
    /** A printed sheet holds the whole department's month; beyond this it is the Excel's job. */
    private static final int MAX_PDF_LINES = 2000;

    private final PayRuns runs;
    private final PayRules rules;
    private final UserAccounts users;
    private final SpreadsheetDownload sheets;
    private final PdfDownload pdfs;

    PayRunController(PayRuns runs, PayRules rules, UserAccounts users, SpreadsheetDownload sheets, PdfDownload pdfs) {
        this.runs = runs;
        this.rules = rules;
        this.users = users;
        this.sheets = sheets;
        this.pdfs = pdfs;
    }

    @GetMapping("/pay/runs")
    @PreAuthorize("hasAnyRole('HR', 'DEPT_MANAGER')")
    String month(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Model model) {
        YearMonth m = month == null ? rules.currentMonth().minusMonths(1) : month;
        model.addAttribute("month", m);
        model.addAttribute("runs", runs.of(m));
        return "pay/runs";
    }

    /** Computes the month (no reason) or corrects its locked run (with the reason); a refusal keeps the input. */
    @PostMapping("/pay/runs")
    @PreAuthorize("hasRole('HR')")
    String compute(@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @RequestParam(required = false) String reason, Model model, RedirectAttributes flash,
            jakarta.servlet.http.HttpServletResponse response) {
        try {
            PayRun run = reason == null ? runs.compute(month) : runs.correct(month, reason);
            flash.addFlashAttribute("success", "pay.runs.computed");
            return "redirect:/pay/runs/" + run.getId();
        } catch (BusinessException e) {
            model.addAttribute("error", e.messageKey());
            model.addAttribute("errorArgs", e.arguments());
            model.addAttribute("reason", reason);
            response.setStatus(e instanceof csms.shared.ConflictException
                    ? org.springframework.http.HttpStatus.CONFLICT.value()
                    : org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT.value());
            return month(month, model);
        }
    }

    @PostMapping("/pay/runs/{id}/{step:review|approve|lock|discard}")
    @PreAuthorize("hasAnyRole('HR', 'DEPT_MANAGER')")
    String step(@PathVariable long id, @PathVariable String step, @RequestParam long version,
            RedirectAttributes flash) {
        PayRun run = runs.get(id);
        try {
            switch (step) {
                case "review" -> runs.review(id, version);
                case "approve" -> runs.approve(id, version);
                case "lock" -> runs.lock(id, version);
                default -> runs.discard(id, version);
            }
            flash.addFlashAttribute("success", "pay.runs.done." + step);
        } catch (BusinessException e) {
            flash.addFlashAttribute("error", e.messageKey());
            flash.addFlashAttribute("errorArgs", e.arguments());
        }
        return "redirect:/pay/runs?month=" + run.getMonth();
    }

    @GetMapping("/pay/runs/{id}")
    @PreAuthorize("hasAnyRole('HR', 'DEPT_MANAGER')")
    String sheet(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        PayRun run = runs.get(id);
        long count = runs.lineCount(id);
        List<PayLine> lines = runs.lines(id, PAGE, (long) Math.max(page, 0) * PAGE);
        model.addAttribute("run", run);
        model.addAttribute("lines", lines);
        model.addAttribute("names", names(lines));
        model.addAttribute("kinds", PayComponentKind.values());
        model.addAttribute("links", new SheetLinks(run.getMonth()));
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("pages", (count + PAGE - 1) / PAGE);
        return "pay/sheet";
    }

    @GetMapping("/pay/runs/{id}.xlsx")
    @PreAuthorize("hasAnyRole('HR', 'DEPT_MANAGER')")
    ResponseEntity<StreamingResponseBody> excel(@PathVariable long id) {
        PayRun run = runs.get(id);
        long pages = (runs.lineCount(id) + PAGE - 1) / PAGE;
        RowSource<PaySheet.Row> rows = RowSource.stream(() -> LongStream.range(0, pages).boxed().flatMap(p -> {
            List<PayLine> lines = runs.lines(id, PAGE, p * PAGE);
            Map<Long, UserAccount> names = names(lines);
            return lines.stream().map(l -> new PaySheet.Row(l, names.get(l.userId())));
        }));
        return sheets.send(PaySheet.EXPORT, SpreadsheetFormat.XLSX, rows, ExportAudit.of("paysheet", PayRuns.SUBJECT,
                "run=" + id + ", month=" + run.getMonth() + ", #" + run.getNumber()));
    }

    /** The whole sheet as an A4 landscape PDF in Chinese (PAY-8, RPT-7), audited like the Excel. */
    @GetMapping("/pay/runs/{id}.pdf")
    @PreAuthorize("hasAnyRole('HR', 'DEPT_MANAGER')")
    ResponseEntity<StreamingResponseBody> pdf(@PathVariable long id) {
        PayRun run = runs.get(id);
        List<PayLine> lines = runs.lines(id, (int) Math.min(runs.lineCount(id), MAX_PDF_LINES), 0);
        return pdfs.send("pay/sheet-print", Map.of("run", run, "lines", lines, "names", names(lines), "kinds",
                PayComponentKind.values(), "landscape", true), "pay.sheet.title", ExportAudit.of("paysheet", PayRuns.SUBJECT,
                        "run=" + id + ", month=" + run.getMonth() + ", #" + run.getNumber() + ", pdf"));
    }

    @GetMapping("/pay/me")
    @PreAuthorize("isAuthenticated()")
    String own(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Model model) {
        YearMonth m = month == null ? rules.currentMonth().minusMonths(1) : month;
        model.addAttribute("month", m);
        model.addAttribute("line", runs.ownLine(m).orElse(null));
        return "pay/own";
    }

    private Map<Long, UserAccount> names(List<PayLine> lines) {
        return users.byIds(lines.stream().map(PayLine::userId).collect(Collectors.toSet()));
    }
}
