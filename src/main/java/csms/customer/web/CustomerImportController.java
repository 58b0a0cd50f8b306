package csms.customer.web;

import csms.customer.CustomerImport;
import csms.system.spreadsheet.ImportMode;
import csms.system.spreadsheet.ImportReports;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import page (CUS-4): upload an {@code .xlsx} or CSV, choose what happens to rows with errors, see the result
 * with the rejected rows and download them as a report to correct and import again.
 */
@Controller
@RequestMapping("/customers/import")
class CustomerImportController {

    private final CustomerImport imports;
    private final ImportReports reports;

    CustomerImportController(CustomerImport imports, ImportReports reports) {
        this.imports = imports;
        this.reports = reports;
    }

    @GetMapping
    @PreAuthorize("hasRole('AGENT')")
    String form(Model model) {
        return page(model);
    }

    @PostMapping
    @PreAuthorize("hasRole('AGENT')")
    String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String mode,
            HttpServletRequest request, Model model) {
        ImportMode chosen = ImportMode.parse(mode);
        reports.runForPage(model, request.getSession(), chosen, () -> imports.run(chosen, file));
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("columns", imports.layout().columns());
        return "customer/import";
    }
}
