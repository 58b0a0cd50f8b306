package csms.pay.web;

import csms.pay.PayRule;
import csms.pay.PayRuleBook;
import csms.pay.PayRuleVersion;
import csms.pay.PayRules;
import csms.shared.BusinessException;
import csms.shared.FormErrors;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pay rules page (PAY-1 … PAY-7): every rule with the value in force this month and the versions set from later
 * months, and the form to set a value from a month on.
 */
@Controller
@RequestMapping("/settings/pay-rules")
class PayRuleController {

    private final PayRules rules;

    PayRuleController(PayRules rules) {
        this.rules = rules;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('HR', 'DEPT_MANAGER')")
    String page(Model model) {
        YearMonth now = rules.currentMonth();
        model.addAttribute("form", new PayRuleForm(null, now.plusMonths(1), null, null));
        return view(model);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('HR', 'DEPT_MANAGER')")
    String set(@ModelAttribute("form") PayRuleForm form, BindingResult binding, Model model,
            RedirectAttributes flash, jakarta.servlet.http.HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                rules.set(form.rule(), form.from(), form.value(), form.reason());
                flash.addFlashAttribute("success", "pay.rule.saved");
                return "redirect:/settings/pay-rules";
            } catch (BusinessException e) {
                FormErrors.reject(binding, e);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return view(model);
    }

    private String view(Model model) {
        YearMonth now = rules.currentMonth();
        PayRuleBook book = rules.book(now);
        Map<String, List<PayRuleVersion>> versions = rules.history().stream()
                .collect(Collectors.groupingBy(PayRuleVersion::getRuleKey));
        model.addAttribute("month", now);
        model.addAttribute("book", book);
        model.addAttribute("rules", PayRule.values());
        model.addAttribute("versions", versions);
        return "pay/rules";
    }
}
