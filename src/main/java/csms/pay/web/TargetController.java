package csms.pay.web;

import csms.pay.PayRules;
import csms.pay.SalesTargets;
import csms.shared.BusinessException;
import csms.system.OrganisationSettings;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The sales targets page (PAY-1): each group's target for a month, its deadline, late and missing targets. */
@Controller
@RequestMapping("/pay/targets")
class TargetController {

    private final SalesTargets targets;
    private final PayRules rules;
    private final OrganisationSettings organisation;

    TargetController(SalesTargets targets, PayRules rules, OrganisationSettings organisation) {
        this.targets = targets;
        this.rules = rules;
        this.organisation = organisation;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR')")
    String page(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Model model) {
        return view(month == null ? rules.currentMonth().plusMonths(1) : month, model);
    }

    @PostMapping
    @PreAuthorize("hasRole('DEPT_MANAGER')")
    String set(@RequestParam long departmentId, @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @RequestParam(required = false) BigDecimal amount, @RequestParam(required = false) Long version,
            Model model, RedirectAttributes flash, jakarta.servlet.http.HttpServletResponse response) {
        try {
            targets.set(departmentId, month, amount, version);
            flash.addFlashAttribute("success", "pay.target.saved");
            return "redirect:/pay/targets?month=" + month;
        } catch (BusinessException e) {
            model.addAttribute("error", e.messageKey());
            model.addAttribute("errorArgs", e.arguments());
            model.addAttribute("failedDepartment", departmentId);
            model.addAttribute("failedAmount", amount == null ? "" : amount.toPlainString());
            response.setStatus(e instanceof csms.shared.ConflictException ? HttpStatus.CONFLICT.value()
                    : HttpStatus.UNPROCESSABLE_CONTENT.value());
            return view(month, model);
        }
    }

    private String view(YearMonth month, Model model) {
        model.addAttribute("month", month);
        model.addAttribute("deadline", targets.deadline(month).minusSeconds(1).atZone(organisation.zone())
                .toLocalDateTime());
        model.addAttribute("lines", targets.lines(month));
        return "pay/targets";
    }
}
