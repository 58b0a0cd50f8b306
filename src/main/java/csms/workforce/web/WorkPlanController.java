package csms.workforce.web;

import csms.shared.BusinessException;
import csms.shared.PageQuery;
import csms.system.OrganisationSettings;
import csms.workforce.Attendance;
import csms.workforce.PlanKind;
import csms.workforce.PlanStatusFilter;
import csms.workforce.WorkPlan;
import csms.workforce.WorkPlans;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Weekly and monthly plans and reports (WFM-8): one's own by week or month with the daily logs beside them, one plan
 * with its review, and the supervisor's list of the team's plans of a period (late and missing ones included).
 */
@Controller
@RequestMapping("/workforce/plans")
class WorkPlanController {

    private final WorkPlans plans;
    private final Attendance attendance;
    private final OrganisationSettings organisation;
    private final Clock clock;

    WorkPlanController(WorkPlans plans, Attendance attendance, OrganisationSettings organisation, Clock clock) {
        this.plans = plans;
        this.attendance = attendance;
        this.organisation = organisation;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    String mine(@RequestParam(required = false) String scope,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
        return own(!"month".equals(scope), day == null ? today() : day, model);
    }

    @PostMapping
    @PreAuthorize("isAuthenticated()")
    String write(@RequestParam(required = false) PlanKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(required = false) String content, @RequestParam(required = false) Long version, Model model,
            RedirectAttributes flash, HttpServletResponse response) {
        try {
            WorkPlan plan = plans.write(kind, day, content, version);
            flash.addFlashAttribute("success", "plan.saved");
            return "redirect:/workforce/plans?scope=" + scope(kind) + "&day=" + plan.getPeriodStart();
        } catch (BusinessException e) {
            StaffPages.refused(e, model, response);
            model.addAttribute("draftKind", kind);
            model.addAttribute("draftContent", content);
            return own(kind == null || kind.weekly(), day == null ? today() : day, model);
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("period", plans.get(id));
        return "workforce/plan";
    }

    @PostMapping("/{id}/review")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String review(@PathVariable long id, @RequestParam(required = false) String decision,
            @RequestParam(required = false) String comment, @RequestParam(required = false) String reason,
            @RequestParam long version, Model model, RedirectAttributes flash, HttpServletResponse response) {
        try {
            WorkPlan plan = plans.review(id, !"return".equals(decision), comment, reason, version);
            flash.addFlashAttribute("success", "return".equals(decision) ? "plan.returned" : "plan.accepted");
            return "redirect:/workforce/plans/review?kind=" + plan.getKind() + "&day=" + plan.getPeriodStart();
        } catch (BusinessException e) {
            StaffPages.refused(e, model, response);
            model.addAttribute("draftComment", comment);
            model.addAttribute("draftReason", reason);
            return show(id, model);
        }
    }

    /** By default the current period's plans, or the reports of the period just ended (the ones falling due). */
    @GetMapping("/review")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR')")
    String queue(@RequestParam(required = false) PlanKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(required = false) Long departmentId, @RequestParam(required = false) PlanStatusFilter state,
            @RequestParam(required = false) Integer page, Model model) {
        PlanKind shown = kind == null ? PlanKind.WEEKLY_REPORT : kind;
        LocalDate start = shown.periodStart(day != null ? day : !shown.report() ? today()
                : shown.weekly() ? today().minusWeeks(1) : today().minusMonths(1));
        model.addAttribute("kind", shown);
        model.addAttribute("kinds", PlanKind.values());
        model.addAttribute("start", start);
        model.addAttribute("period", shown.periodLabel(start));
        model.addAttribute("due", plans.due(shown, start));
        model.addAttribute("departmentId", departmentId);
        model.addAttribute("state", state);
        model.addAttribute("states", PlanStatusFilter.values());
        model.addAttribute("teams", attendance.teams());
        model.addAttribute("zone", organisation.zone());
        model.addAttribute("page", plans.statuses(shown, start, departmentId, state, PageQuery.of(page, null, null)));
        return "workforce/plan-queue";
    }

    private String own(boolean weekly, LocalDate day, Model model) {
        model.addAttribute("period", plans.mine(weekly, day));
        return "workforce/plans";
    }

    private static String scope(PlanKind kind) {
        return kind.weekly() ? "week" : "month";
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(organisation.zone()));
    }
}
