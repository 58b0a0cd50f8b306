package csms.order.web;

import csms.identity.Departments;
import csms.order.NetSales;
import csms.order.NetSalesPart;
import csms.shared.PageQuery;
import java.time.YearMonth;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Net sales per group for a month with each figure's components (PAY-2), and the rows behind any figure. */
@Controller
@RequestMapping("/orders/net-sales")
class NetSalesController {

    private final NetSales netSales;
    private final Departments departments;

    NetSalesController(NetSales netSales, Departments departments) {
        this.netSales = netSales;
        this.departments = departments;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR')")
    String month(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Model model) {
        YearMonth shown = month == null ? netSales.currentMonth() : month;
        model.addAttribute("month", shown);
        model.addAttribute("lines", netSales.byGroup(shown));
        model.addAttribute("parts", NetSalesPart.values());
        return "order/net-sales";
    }

    @GetMapping("/{departmentId}")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR')")
    String rows(@PathVariable long departmentId,
            @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @RequestParam(required = false) NetSalesPart part, @RequestParam(required = false) Integer page,
            Model model) {
        NetSalesPart shown = part == null ? NetSalesPart.ORDERS : part;
        model.addAttribute("month", month);
        model.addAttribute("figure", netSales.of(departmentId, month));
        model.addAttribute("group", departments.get(departmentId));
        model.addAttribute("part", shown);
        model.addAttribute("parts", NetSalesPart.values());
        model.addAttribute("page", netSales.rows(departmentId, month, shown, PageQuery.of(page, 50, null)));
        return "order/net-sales-rows";
    }
}
