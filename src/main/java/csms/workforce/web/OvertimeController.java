package csms.workforce.web;

import csms.shared.BusinessException;
import csms.shared.PageQuery;
import csms.system.OrganisationSettings;
import csms.workforce.Attendance;
import csms.workforce.Overtime;
import csms.workforce.OvertimeRequest;
import csms.workforce.OvertimeStatus;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Overtime (WFM-6): the month's entries with holiday duty marked, entering one's own or a team member's, approval. */
@Controller
@RequestMapping("/workforce/overtime")
class OvertimeController {

    private final Overtime overtime;
    private final Attendance attendance;
    private final OrganisationSettings organisation;
    private final Clock clock;

    OvertimeController(Overtime overtime, Attendance attendance, OrganisationSettings organisation, Clock clock) {
        this.overtime = overtime;
        this.attendance = attendance;
        this.organisation = organisation;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    String list(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @RequestParam(required = false) Long departmentId, @RequestParam(required = false) Long userId,
            @RequestParam(required = false) OvertimeStatus status, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort, Model model) {
        return view(new StaffFilter(StaffPages.monthOr(month, clock, organisation.zone()), departmentId, userId),
                status, PageQuery.of(page, size, sort), sort, model);
    }

    @PostMapping
    @PreAuthorize("isAuthenticated()")
    String enter(@RequestParam(required = false) Long userId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(required = false) BigDecimal hours, @RequestParam(required = false) String reason,
            Model model, RedirectAttributes flash, HttpServletResponse response) {
        OvertimeRequest request = new OvertimeRequest(userId, day, hours, reason);
        try {
            overtime.enter(request);
            flash.addFlashAttribute("success", "overtime.saved");
            return "redirect:/workforce/overtime?month=" + YearMonth.from(day);
        } catch (BusinessException e) {
            StaffPages.refused(e, model, response);
            model.addAttribute("entry", request);
            YearMonth month = day == null ? StaffPages.monthOr(null, clock, organisation.zone()) : YearMonth.from(day);
            return view(new StaffFilter(month, null, null), null, PageQuery.of(null, null, null), null, model);
        }
    }

    @PostMapping("/{id}/decision")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR')")
    String decide(@PathVariable long id, @RequestParam boolean approve, @RequestParam long version,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Model model,
            RedirectAttributes flash, HttpServletResponse response) {
        YearMonth shown = StaffPages.monthOr(month, clock, organisation.zone());
        try {
            overtime.decide(id, approve, version);
            flash.addFlashAttribute("success", approve ? "overtime.approved" : "overtime.rejected");
            return "redirect:/workforce/overtime?month=" + shown;
        } catch (BusinessException e) {
            StaffPages.refused(e, model, response);
            return view(new StaffFilter(shown, null, null), null, PageQuery.of(null, null, null), null, model);
        }
    }

    private String view(StaffFilter filter, OvertimeStatus status, PageQuery page, String sort, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("status", status);
        model.addAttribute("statuses", OvertimeStatus.values());
        model.addAttribute("sort", sort);
        model.addAttribute("page", overtime.list(filter, status, page));
        model.addAttribute("teams", attendance.teams());
        model.addAttribute("people", attendance.keptPeople());
        model.addAttribute("reach", attendance.reach());
        return "workforce/overtime";
    }
}
