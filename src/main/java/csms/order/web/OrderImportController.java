package csms.order.web;

import csms.order.OrderImport;
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

/** Importing the ledger from a shop platform's export: orders, or return and exchange lines. */
@Controller
@RequestMapping("/orders/import")
class OrderImportController {

    private final OrderImport imports;
    private final ImportReports reports;

    OrderImportController(OrderImport imports, ImportReports reports) {
        this.imports = imports;
        this.reports = reports;
    }

    @GetMapping
    @PreAuthorize("hasRole('SUPERVISOR')")
    String form(@RequestParam(required = false) String what, Model model) {
        return page(model, "returns".equals(what));
    }

    @PostMapping
    @PreAuthorize("hasRole('SUPERVISOR')")
    String orders(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String mode,
            HttpServletRequest request, Model model) {
        return upload(false, file, mode, request, model);
    }

    @PostMapping("/returns")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String returns(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String mode,
            HttpServletRequest request, Model model) {
        return upload(true, file, mode, request, model);
    }

    private String upload(boolean returns, MultipartFile file, String mode, HttpServletRequest request,
            Model model) {
        ImportMode chosen = ImportMode.parse(mode);
        reports.runForPage(model, request.getSession(), chosen,
                () -> returns ? imports.returns(chosen, file) : imports.orders(chosen, file));
        return page(model, returns);
    }

    private String page(Model model, boolean returns) {
        model.addAttribute("returns", returns);
        model.addAttribute("columns", (returns ? imports.returnLayout() : imports.orderLayout()).columns());
        return "order/import";
    }
}
