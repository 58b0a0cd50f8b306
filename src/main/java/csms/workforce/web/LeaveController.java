package csms.workforce.web;

import csms.identity.Departments;
import csms.identity.SignedInUser;
import csms.shared.BusinessException;
import csms.shared.ConflictException;
import csms.shared.FormErrors;
import csms.shared.PageQuery;
import csms.workforce.HalfDay;
import csms.workforce.LeaveType;
import csms.workforce.LeaveDecisions;
import csms.workforce.Leaves;
import jakarta.servlet.http.HttpServletResponse;
import java.time.YearMonth;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Leave pages (WFM-1): one's applications, the form, the decider's queue and the team calendar. */
@Controller
class LeaveController {

    private static final int PAGE_SIZE = 20;

    private final Leaves leaves;
    private final LeaveDecisions decisions;
    private final Departments departments;

    LeaveController(Leaves leaves, LeaveDecisions decisions, Departments departments) {
        this.leaves = leaves;
        this.decisions = decisions;
        this.departments = departments;
    }

    @GetMapping("/leave")
    @PreAuthorize("isAuthenticated()")
    String mine(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("page", leaves.mine(PageQuery.of(page, PAGE_SIZE, null)));
        model.addAttribute("today", leaves.today());
        return "workforce/leave-mine";
    }

    @GetMapping("/leave/new")
    @PreAuthorize("isAuthenticated()")
    String form(Model model) {
        if (!model.containsAttribute("leaveForm")) {
            LeaveForm form = new LeaveForm();
            form.setStartDate(leaves.earliestStart());
            form.setEndDate(leaves.earliestStart());
            model.addAttribute("leaveForm", form);
        }
        return formPage(model);
    }

    @PostMapping("/leave")
    @PreAuthorize("isAuthenticated()")
    String apply(@ModelAttribute("leaveForm") LeaveForm form, BindingResult result, Model model,
            RedirectAttributes flash, HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                leaves.apply(form.toApplication());
                flash.addFlashAttribute("success", "leave.applied");
                return "redirect:/leave";
            } catch (BusinessException e) {
                FormErrors.reject(result, e);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return formPage(model);
    }

    @PostMapping("/leave/{id}/cancel")
    @PreAuthorize("isAuthenticated()")
    String cancel(@PathVariable long id, @RequestParam long version, RedirectAttributes flash) {
        leaves.cancel(id, version);
        flash.addFlashAttribute("success", "leave.cancelled");
        return "redirect:/leave";
    }

    @GetMapping("/leave/queue")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String queue(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("page", decisions.queue(PageQuery.of(page, PAGE_SIZE, null)));
        return "workforce/leave-queue";
    }

    @PostMapping("/leave/{id}/decision")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String decide(@PathVariable long id, @RequestParam String decision, @RequestParam(required = false) String note,
            @RequestParam long version, Model model, RedirectAttributes flash, HttpServletResponse response) {
        try {
            decisions.decide(id, "approve".equals(decision), note, version);
            flash.addFlashAttribute("success", "approve".equals(decision) ? "leave.approved" : "leave.rejected");
            return "redirect:/leave/queue";
        } catch (BusinessException e) {
            model.addAttribute("error", e.messageKey());
            model.addAttribute("errorArgs", e.arguments());
            response.setStatus(e instanceof ConflictException ? HttpStatus.CONFLICT.value()
                    : HttpStatus.UNPROCESSABLE_CONTENT.value());
            return queue(null, model);
        }
    }

    @GetMapping("/leave/calendar")
    @PreAuthorize("isAuthenticated()")
    String calendar(@RequestParam(required = false) Long department,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Model model) {
        var all = departments.all();
        Long shown = department != null ? department : SignedInUser.current().departmentId();
        if (shown == null && !all.isEmpty()) {
            shown = all.getFirst().getId();
        }
        YearMonth m = month == null ? YearMonth.from(leaves.today()) : month;
        model.addAttribute("departments", all);
        model.addAttribute("month", m);
        model.addAttribute("cal", shown == null ? null : leaves.teamCalendar(shown, m));
        return "workforce/leave-calendar";
    }

    private String formPage(Model model) {
        model.addAttribute("types", LeaveType.values());
        model.addAttribute("halves", HalfDay.values());
        model.addAttribute("earliest", leaves.earliestStart());
        model.addAttribute("urgentAllowed", leaves.urgentAllowed());
        return "workforce/leave-form";
    }
}
