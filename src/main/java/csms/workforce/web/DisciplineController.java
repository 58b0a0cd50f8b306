package csms.workforce.web;

import csms.shared.BusinessException;
import csms.shared.PageQuery;
import csms.system.OrganisationSettings;
import csms.workforce.Attendance;
import csms.workforce.BreachSeverity;
import csms.workforce.Discipline;
import csms.workforce.DisciplineMeasure;
import csms.workforce.NewBreach;
import csms.workforce.StaffFilter;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Discipline (WFM-7): the month's breaches with each person's repeat count (dismissal proposed at the rule's count),
 * and the form to record one. Amounts only for HR, managers and the person.
 */
@Controller
@RequestMapping("/workforce/discipline")
class DisciplineController {

    private final Discipline discipline;
    private final Attendance attendance;
    private final OrganisationSettings organisation;
    private final Clock clock;

    DisciplineController(Discipline discipline, Attendance attendance, OrganisationSettings organisation,
            Clock clock) {
        this.discipline = discipline;
        this.attendance = attendance;
        this.organisation = organisation;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    String list(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @RequestParam(required = false) Long departmentId, @RequestParam(required = false) Long userId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort, Model model) {
        return view(new StaffFilter(StaffPages.monthOr(month, clock, organisation.zone()), departmentId, userId),
                PageQuery.of(page, size, sort), sort, model);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR')")
    String record(@RequestParam(required = false) Long userId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(required = false) String description, @RequestParam(required = false) String evidence,
            @RequestParam(required = false) BreachSeverity severity,
            @RequestParam(required = false) DisciplineMeasure measure,
            @RequestParam(required = false) BigDecimal amount, Model model, RedirectAttributes flash,
            HttpServletResponse response) {
        NewBreach breach = new NewBreach(userId, day, description, evidence, severity, measure, amount);
        try {
            discipline.record(breach);
            flash.addFlashAttribute("success", "discipline.saved");
            return "redirect:/workforce/discipline?month=" + YearMonth.from(day);
        } catch (BusinessException e) {
            StaffPages.refused(e, model, response);
            model.addAttribute("entry", breach);
            YearMonth month = day == null ? StaffPages.monthOr(null, clock, organisation.zone()) : YearMonth.from(day);
            return view(new StaffFilter(month, null, null), PageQuery.of(null, null, null), null, model);
        }
    }

    private String view(StaffFilter filter, PageQuery page, String sort, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("sort", sort);
        model.addAttribute("page", discipline.list(filter, page));
        model.addAttribute("teams", attendance.teams());
        model.addAttribute("people", attendance.keptPeople());
        model.addAttribute("reach", attendance.reach());
        model.addAttribute("severities", BreachSeverity.values());
        model.addAttribute("measures", DisciplineMeasure.values());
        model.addAttribute("windowMonths", discipline.windowMonths());
        model.addAttribute("dismissalCount", discipline.dismissalCount());
        return "workforce/discipline";
    }
}
