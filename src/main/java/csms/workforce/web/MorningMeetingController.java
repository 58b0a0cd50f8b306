package csms.workforce.web;

import csms.identity.SignedInUser;
import csms.shared.BusinessException;
import csms.system.OrganisationSettings;
import csms.workforce.Attendance;
import csms.workforce.MeetingMinutes;
import csms.workforce.MeetingView;
import csms.workforce.MorningMeetings;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Morning meeting minutes (WFM-4): a team's meetings of a month, and the supervisor's form with who was present. */
@Controller
@RequestMapping("/workforce/meetings")
class MorningMeetingController {

    private final MorningMeetings meetings;
    private final Attendance attendance;
    private final OrganisationSettings organisation;
    private final Clock clock;

    MorningMeetingController(MorningMeetings meetings, Attendance attendance, OrganisationSettings organisation,
            Clock clock) {
        this.meetings = meetings;
        this.attendance = attendance;
        this.organisation = organisation;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    String month(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @RequestParam(required = false) Long departmentId, @RequestParam(required = false) Long edit,
            Model model) {
        String page = view(StaffPages.monthOr(month, clock, organisation.zone()), departmentId, model);
        if (edit != null && model.getAttribute("meetings") instanceof List<?> shown) {
            shown.stream().map(MeetingView.class::cast).filter(m -> m.id() == edit).findFirst().ifPresent(m -> {
                model.addAttribute("entry", new MeetingMinutes((Long) model.getAttribute("team"), m.day(),
                        m.problems(), m.plan(), m.experience(), m.training(), m.presentIds()));
                model.addAttribute("editVersion", m.version());
            });
        }
        return page;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR')")
    String record(@RequestParam(required = false) Long departmentId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(required = false) String problems, @RequestParam(required = false) String plan,
            @RequestParam(required = false) String experience, @RequestParam(required = false) String training,
            @RequestParam(required = false) List<Long> present, @RequestParam(required = false) Long version,
            Model model, RedirectAttributes flash, HttpServletResponse response) {
        MeetingMinutes minutes = new MeetingMinutes(departmentId, day, problems, plan, experience, training,
                present == null ? null : new HashSet<>(present));
        try {
            meetings.record(minutes, version);
            flash.addFlashAttribute("success", "meeting.saved");
            return "redirect:/workforce/meetings?month=" + YearMonth.from(day) + "&departmentId=" + departmentId;
        } catch (BusinessException e) {
            StaffPages.refused(e, model, response);
            model.addAttribute("entry", minutes);
            model.addAttribute("editVersion", version);
            return view(StaffPages.monthOr(null, clock, organisation.zone()), departmentId, model);
        }
    }

    private String view(YearMonth month, Long departmentId, Model model) {
        Long team = departmentId != null ? departmentId : SignedInUser.current().departmentId();
        model.addAttribute("month", month);
        model.addAttribute("teams", attendance.teams());
        model.addAttribute("team", team);
        model.addAttribute("meetings", team == null ? List.of() : meetings.month(team, month));
        model.addAttribute("members", meetings.members(team));
        model.addAttribute("reach", attendance.reach());
        model.addAttribute("today", LocalDate.now(clock.withZone(organisation.zone())));
        return "workforce/meetings";
    }
}
