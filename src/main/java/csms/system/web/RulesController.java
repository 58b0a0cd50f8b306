package csms.system.web;

import csms.shared.BusinessException;
import csms.system.RuleSettings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The configurable values of the rulebook, with their defaults from the requirements. */
@Controller
class RulesController {

    private final RuleSettings rules;

    RulesController(RuleSettings rules) {
        this.rules = rules;
    }

    @GetMapping("/settings/rules")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    String list(Model model) {
        model.addAttribute("rules", rules.all());
        return "system/rules";
    }

    @PostMapping("/settings/rules/{key}")
    @PreAuthorize("hasAnyRole('DEPT_MANAGER', 'ADMIN')")
    String change(@PathVariable String key, @RequestParam String value, @RequestParam long version,
            RedirectAttributes redirect) {
        try {
            rules.change(key, Integer.parseInt(value.strip()), version);
            redirect.addFlashAttribute("success", "rules.saved");
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("error", "validation.number");
            redirect.addFlashAttribute("errorKey", key);
        } catch (BusinessException e) {
            redirect.addFlashAttribute("error", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.arguments());
            redirect.addFlashAttribute("errorKey", key);
        }
        return "redirect:/settings/rules";
    }
}
