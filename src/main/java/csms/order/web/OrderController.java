package csms.order.web;

import csms.identity.Departments;
import csms.identity.UserAccounts;
import csms.order.OrderAccess;
import csms.order.OrderDetails;
import csms.order.OrderFilter;
import csms.order.OrderLedger;
import csms.order.OrderReturns;
import csms.order.OrderRow;
import csms.order.ReturnKind;
import csms.order.ShopOrder;
import csms.shared.BusinessException;
import csms.shared.ConflictException;
import csms.shared.FormErrors;
import csms.shared.PageQuery;
import csms.system.spreadsheet.ExportAudit;
import csms.system.spreadsheet.RowSource;
import csms.system.spreadsheet.SpreadsheetColumn;
import csms.system.spreadsheet.SpreadsheetDownload;
import csms.system.spreadsheet.SpreadsheetExport;
import csms.system.spreadsheet.SpreadsheetFormat;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The order ledger 每日台账 (ORD-1): list with filters and export, the order page, the order form, returns. */
@Controller
@RequestMapping("/orders")
class OrderController {

    private static final int EXPORT_PAGE = 500;

    private final OrderLedger ledger;
    private final OrderReturns orderReturns;
    private final UserAccounts users;
    private final Departments departments;
    private final SpreadsheetDownload downloads;
    private final Clock clock;

    OrderController(OrderLedger ledger, OrderReturns orderReturns, UserAccounts users, Departments departments,
            SpreadsheetDownload downloads, Clock clock) {
        this.ledger = ledger;
        this.orderReturns = orderReturns;
        this.users = users;
        this.departments = departments;
        this.downloads = downloads;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('AGENT', 'HR')")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String shop,
            @RequestParam(required = false) Long departmentId, @RequestParam(required = false) Long agentId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Boolean hasReturns, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort, Model model) {
        OrderFilter filter = new OrderFilter(q, shop, departmentId, agentId, from, to, hasReturns);
        model.addAttribute("filter", filter);
        model.addAttribute("sort", sort);
        model.addAttribute("shops", ledger.shops());
        choices(model, ledger.access());
        model.addAttribute("page", ledger.page(filter, PageQuery.of(page, 50, sort)));
        return "order/list";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAnyRole('AGENT', 'HR')")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String q,
            @RequestParam(required = false) String shop, @RequestParam(required = false) Long departmentId,
            @RequestParam(required = false) Long agentId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Boolean hasReturns, @RequestParam(required = false) String format) {
        OrderFilter filter = new OrderFilter(q, shop, departmentId, agentId, from, to, hasReturns);
        RowSource<OrderRow> rows = RowSource.paged(EXPORT_PAGE, Sort.by("id"), p -> ledger.exportSlice(filter, p));
        return downloads.send(sheet(), SpreadsheetFormat.parse(format), rows,
                ExportAudit.of("order", OrderLedger.SUBJECT, filter.describe()));
    }

    static SpreadsheetExport<OrderRow> sheet() {
        return SpreadsheetExport.of("order.export.title", List.of(
                SpreadsheetColumn.text("order.field.shop", OrderRow::shop),
                SpreadsheetColumn.text("order.field.order-no", OrderRow::orderNo),
                SpreadsheetColumn.date("order.field.order-date", OrderRow::orderDate),
                SpreadsheetColumn.text("order.field.buyer", OrderRow::buyerName),
                SpreadsheetColumn.number("order.field.customer-id", OrderRow::customerId),
                SpreadsheetColumn.text("order.field.agent", OrderRow::agentName),
                SpreadsheetColumn.text("order.field.group", OrderRow::departmentName),
                SpreadsheetColumn.decimal("order.field.amount", OrderRow::amountValue),
                SpreadsheetColumn.decimal("order.field.points", OrderRow::pointsValue),
                SpreadsheetColumn.decimal("order.field.shipping", OrderRow::shippingValue),
                SpreadsheetColumn.number("order.field.returns", OrderRow::returnCount)));
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String create(Model model) {
        model.addAttribute("form", OrderForm.empty(LocalDate.now(clock)));
        return form(null, model);
    }

    @PostMapping
    @PreAuthorize("hasRole('SUPERVISOR')")
    String save(@ModelAttribute("form") OrderForm form, BindingResult binding, Model model, RedirectAttributes flash,
            HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                ShopOrder order = ledger.create(form.input());
                flash.addFlashAttribute("success", "order.saved");
                return "redirect:/orders/" + order.getId();
            } catch (BusinessException e) {
                return rejected(e, binding, null, model, response);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(null, model);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('AGENT', 'HR')")
    String view(@PathVariable long id, Model model) {
        return details(id, model, ReturnForm.empty(LocalDate.now(clock)));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String edit(@PathVariable long id, Model model) {
        OrderDetails d = ledger.get(id);
        model.addAttribute("form", OrderForm.of(d.order(), d.note()));
        return form(id, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String update(@PathVariable long id, @ModelAttribute("form") OrderForm form, BindingResult binding, Model model,
            RedirectAttributes flash, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                ledger.update(id, form.input());
                flash.addFlashAttribute("success", "order.saved");
                return "redirect:/orders/" + id;
            } catch (BusinessException e) {
                return rejected(e, binding, id, model, response);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(id, model);
    }

    @PostMapping("/{id}/returns")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String addReturn(@PathVariable long id, @ModelAttribute("returnForm") ReturnForm form, BindingResult binding,
            Model model, RedirectAttributes flash, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                orderReturns.add(id, form.input());
                flash.addFlashAttribute("success", "order.return.saved");
                return "redirect:/orders/" + id;
            } catch (BusinessException e) {
                FormErrors.reject(binding, e);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return details(id, model, form);
    }

    @PostMapping("/{id}/returns/{returnId}/remove")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String removeReturn(@PathVariable long id, @PathVariable long returnId, @RequestParam long version,
            RedirectAttributes flash) {
        orderReturns.remove(id, returnId, version);
        flash.addFlashAttribute("success", "order.return.removed");
        return "redirect:/orders/" + id;
    }

    private String details(long id, Model model, ReturnForm returnForm) {
        model.addAttribute("details", ledger.get(id));
        model.addAttribute("returnForm", returnForm);
        model.addAttribute("kinds", ReturnKind.values());
        return "order/view";
    }

    private String rejected(BusinessException e, BindingResult binding, Long id, Model model,
            HttpServletResponse response) {
        FormErrors.reject(binding, e);
        response.setStatus(e instanceof ConflictException ? HttpStatus.CONFLICT.value()
                : HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(id, model);
    }

    private String form(Long id, Model model) {
        model.addAttribute("orderId", id);
        choices(model, ledger.access());
        return "order/form";
    }

    private void choices(Model model, OrderAccess access) {
        model.addAttribute("access", access);
        model.addAttribute("groups", departments.all().stream().filter(d -> access.seesGroup(d.getId())).toList());
        model.addAttribute("agents", access.seesNetSales() ? users.activeAgents().stream()
                .filter(u -> access.all() || u.getDepartmentId() != null && access.groups().contains(u.getDepartmentId()))
                .toList() : List.of());
    }
}
