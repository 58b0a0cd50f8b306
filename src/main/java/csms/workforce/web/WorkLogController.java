package csms.workforce.web;

import csms.shared.BusinessException;
import csms.shared.PageQuery;
import csms.system.OrganisationSettings;
import csms.workforce.Attendance;
import csms.workforce.StaffFilter;
import csms.workforce.WorkLogs;
import jakarta.servlet.http.HttpServletResponse;
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

/** The daily work log (WFM-8): one's own log of the day, the team's logs for the supervisor to review. */
@Controller
@RequestMapping("/workforce/worklog")
class WorkLogController {

    private final WorkLogs logs;
    private final Attendance attendance;
    private final OrganisationSettings organisation;
    private final Clock clock;

    WorkLogController(WorkLogs logs, Attendance attendance, OrganisationSettings organisation, Clock clock) {
        this.logs = logs;
        this.attendance = attendance;
        this.organisation = organisation;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    String list(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @RequestParam(required = false) Long departmentId, @RequestParam(required = false) Long userId,
            @RequestParam(required = false) boolean unreviewed, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort, Model model) {
        return view(new StaffFilter(StaffPages.monthOr(month, clock, organisation.zone()), departmentId, userId),
                unreviewed, PageQuery.of(page, null, sort), sort, model);
    }

    @PostMapping
    @PreAuthorize("isAuthenticated()")
    String write(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(required = false) String content, @RequestParam(required = false) String specialSituation,
            @RequestParam(required = false) Long version, Model model, RedirectAttributes flash,
            HttpServletResponse response) {
        try {
            logs.write(day, content, specialSituation, version);
            flash.addFlashAttribute("success", "worklog.saved");
            return "redirect:/workforce/worklog?month=" + YearMonth.from(day);
        } catch (BusinessException e) {
            StaffPages.refused(e, model, response);
            model.addAttribute("draftDay", day);
            model.addAttribute("draftContent", content);
            model.addAttribute("draftSpecial", specialSituation);
            return view(new StaffFilter(StaffPages.monthOr(null, clock, organisation.zone()), null, null), false,
                    PageQuery.of(null, null, null), null, model);
        }
    }

    @PostMapping("/{id}/review")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR')")
    String review(@PathVariable long id, @RequestParam(required = false) String comment, @RequestParam long version,
            Model model, RedirectAttributes flash, HttpServletResponse response) {
        try {
            logs.review(id, comment, version);
            flash.addFlashAttribute("success", "worklog.reviewed");
            return "redirect:/workforce/worklog?unreviewed=true";
        } catch (BusinessException e) {
            StaffPages.refused(e, model, response);
            return view(new StaffFilter(StaffPages.monthOr(null, clock, organisation.zone()), null, null), true,
                    PageQuery.of(null, null, null), null, model);
        }
    }

    private String view(StaffFilter filter, boolean unreviewed, PageQuery page, String sort, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("unreviewed", unreviewed);
        model.addAttribute("sort", sort);
        model.addAttribute("page", logs.list(filter, unreviewed, page));
        model.addAttribute("teams", attendance.teams());
        model.addAttribute("people", attendance.keptPeople());
        model.addAttribute("reach", attendance.reach());
        model.addAttribute("today", LocalDate.now(clock.withZone(organisation.zone())));
        return "workforce/worklog";
    }
}
