package csms.visit.web;

import csms.customer.CustomerGrades;
import csms.customer.CustomerKind;
import csms.shared.BusinessException;
import csms.shared.ConflictException;
import csms.system.RuleSettings;
import csms.visit.PeriodicVisitSettings;
import csms.visit.VisitSegmentSetting;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The scheduled visits' settings (VIS-3, VIS-4): who gets the periodic satisfaction visit, and the intervals (rule
 * values, changed on the rules page) shown next to it.
 */
@Controller
class VisitScheduleController {

    /** The rules the page shows, changed on the rules page. */
    private static final List<String> RULES = List.of("visit.periodic-months", "visit.regular-months-person",
            "visit.regular-months-organisation");

    private final PeriodicVisitSettings settings;
    private final CustomerGrades grades;
    private final RuleSettings rules;

    VisitScheduleController(PeriodicVisitSettings settings, CustomerGrades grades, RuleSettings rules) {
        this.settings = settings;
        this.grades = grades;
        this.rules = rules;
    }

    @GetMapping("/settings/visit-schedule")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String page(Model model) {
        VisitSegmentSetting current = settings.current();
        return page(current.isMembersOnly(), current.getKinds(), current.getGradeCodes(), current.getVersion(),
                model);
    }

    @PostMapping("/settings/visit-schedule")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String save(@RequestParam(defaultValue = "false") boolean membersOnly,
            @RequestParam(name = "kind", required = false) Set<CustomerKind> kinds,
            @RequestParam(name = "grade", required = false) Set<String> gradeCodes, @RequestParam long version,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Set<CustomerKind> k = kinds == null ? Set.of() : kinds;
        Set<String> g = gradeCodes == null ? Set.of() : gradeCodes;
        try {
            settings.change(membersOnly, k, g, version);
            redirect.addFlashAttribute("success", "visit.schedule.saved");
            return "redirect:/settings/visit-schedule";
        } catch (BusinessException e) {
            model.addAttribute("error", e.messageKey());
            model.addAttribute("errorArgs", e.arguments());
            response.setStatus(e instanceof ConflictException ? HttpStatus.CONFLICT.value()
                    : HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return page(membersOnly, k, g, version, model);
    }

    private String page(boolean membersOnly, Set<CustomerKind> kinds, Set<String> gradeCodes, long version,
            Model model) {
        model.addAttribute("membersOnly", membersOnly);
        model.addAttribute("kinds", kinds);
        model.addAttribute("gradeCodes", gradeCodes);
        model.addAttribute("version", version);
        model.addAttribute("customerKinds", CustomerKind.values());
        model.addAttribute("grades", grades.all());
        model.addAttribute("rules", rules.all().stream().filter(r -> RULES.contains(r.rule().key())).toList());
        return "visit/schedule";
    }
}
