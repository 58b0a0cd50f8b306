package csms.workforce.web;

import csms.shared.BusinessException;
import csms.shared.PageQuery;
import csms.system.OrganisationSettings;
import csms.workforce.Attendance;
import csms.workforce.CourseKind;
import csms.workforce.MorningMeetings;
import csms.workforce.Onboarding;
import csms.workforce.SessionEntry;
import csms.workforce.SessionKind;
import csms.workforce.SessionView;
import csms.workforce.TrainingCourses;
import csms.workforce.TrainingSessions;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
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
 * Training 培训 (WFM-9): the course catalogue, the sessions and experience exchanges, and the new agents' onboarding
 * (the supervisor's list of their teams, everyone's own checklist).
 */
@Controller
@RequestMapping("/workforce/training")
class TrainingController {

    private final TrainingCourses courses;
    private final TrainingSessions sessions;
    private final Onboarding onboarding;
    private final MorningMeetings meetings;
    private final Attendance attendance;
    private final OrganisationSettings organisation;
    private final Clock clock;

    TrainingController(TrainingCourses courses, TrainingSessions sessions, Onboarding onboarding,
            MorningMeetings meetings, Attendance attendance, OrganisationSettings organisation, Clock clock) {
        this.courses = courses;
        this.sessions = sessions;
        this.onboarding = onboarding;
        this.meetings = meetings;
        this.attendance = attendance;
        this.organisation = organisation;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    String catalogue(@RequestParam(required = false) String q, @RequestParam(required = false) CourseKind kind,
            @RequestParam(required = false) boolean inactive, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort, @RequestParam(required = false) Long edit, Model model) {
        if (edit != null) {
            model.addAttribute("course", courses.get(edit));
        }
        return catalogueView(q, kind, inactive, PageQuery.of(page, null, sort), model);
    }

    @PostMapping("/courses")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR')")
    String createCourse(@RequestParam(required = false) String name, @RequestParam(required = false) String outline,
            @RequestParam(required = false) CourseKind kind, @RequestParam(required = false) BigDecimal hours,
            Model model, RedirectAttributes flash, HttpServletResponse response) {
        try {
            courses.create(name, outline, kind, hours);
            flash.addFlashAttribute("success", "training.course.saved");
            return "redirect:/workforce/training";
        } catch (BusinessException e) {
            return refusedCourse(e, null, name, outline, kind, hours, true, null, model, response);
        }
    }

    @PostMapping("/courses/{id}")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR')")
    String updateCourse(@PathVariable long id, @RequestParam(required = false) String name,
            @RequestParam(required = false) String outline, @RequestParam(required = false) CourseKind kind,
            @RequestParam(required = false) BigDecimal hours, @RequestParam(required = false) boolean active,
            @RequestParam(required = false) Long version, Model model, RedirectAttributes flash,
            HttpServletResponse response) {
        try {
            courses.update(id, name, outline, kind, hours, active, version);
            flash.addFlashAttribute("success", "training.course.saved");
            return "redirect:/workforce/training";
        } catch (BusinessException e) {
            return refusedCourse(e, id, name, outline, kind, hours, active, version, model, response);
        }
    }

    @GetMapping("/sessions")
    @PreAuthorize("isAuthenticated()")
    String sessionList(@RequestParam(required = false) SessionKind kind,
            @RequestParam(required = false) Long departmentId, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) String sort,
            @RequestParam(required = false) Long meetingId, Model model) {
        if (meetingId != null) {
            model.addAttribute("entry", sessions.fromMeeting(meetingId));
        }
        return sessionsView(kind, departmentId, q, PageQuery.of(page, null, sort), model);
    }

    @PostMapping("/sessions")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR')")
    String recordSession(SessionParams p, Model model, RedirectAttributes flash, HttpServletResponse response) {
        SessionEntry entry = p.entry();
        try {
            long id = sessions.record(null, entry, null).getId();
            flash.addFlashAttribute("success", "training.session.saved");
            return "redirect:/workforce/training/sessions/" + id;
        } catch (BusinessException e) {
            StaffPages.refused(e, model, response);
            model.addAttribute("entry", entry);
            return sessionsView(null, null, null, PageQuery.of(null, null, null), model);
        }
    }

    @GetMapping("/sessions/{id}")
    @PreAuthorize("isAuthenticated()")
    String session(@PathVariable long id, Model model) {
        return sessionView(sessions.view(id), null, model);
    }

    @PostMapping("/sessions/{id}")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR')")
    String updateSession(@PathVariable long id, SessionParams p, @RequestParam(required = false) Long version,
            Model model, RedirectAttributes flash, HttpServletResponse response) {
        SessionEntry entry = p.entry();
        try {
            sessions.record(id, entry, version);
            flash.addFlashAttribute("success", "training.session.saved");
            return "redirect:/workforce/training/sessions/" + id;
        } catch (BusinessException e) {
            StaffPages.refused(e, model, response);
            return sessionView(sessions.view(id), entry, model);
        }
    }

    @GetMapping("/onboarding")
    @PreAuthorize("isAuthenticated()")
    String onboarding(@RequestParam(required = false) Long departmentId,
            @RequestParam(required = false) boolean overdue, @RequestParam(required = false) Integer page,
            Model model) {
        var reach = attendance.reach();
        if (reach.keepsAny()) {
            model.addAttribute("page", onboarding.page(departmentId, overdue, PageQuery.of(page, null, null)));
        } else if (departmentId != null) {
            throw new AccessDeniedException("training.onboarding");
        }
        model.addAttribute("mine", onboarding.mine().orElse(null));
        model.addAttribute("days", onboarding.days());
        model.addAttribute("teams", attendance.teams());
        model.addAttribute("team", departmentId);
        model.addAttribute("overdue", overdue);
        model.addAttribute("reach", reach);
        return "workforce/training-onboarding";
    }

    /** The fields of the session form. */
    record SessionParams(SessionKind kind, Long courseId, Long departmentId,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, String trainer, String topic,
            String keyPoints, String note, Long meetingId, List<Long> present, List<Long> passed) {

        SessionEntry entry() {
            return new SessionEntry(kind, courseId, departmentId, day, trainer, topic, keyPoints, note, meetingId,
                    present == null ? null : new HashSet<>(present), passed == null ? null : new HashSet<>(passed));
        }
    }

    private String refusedCourse(BusinessException e, Long id, String name, String outline, CourseKind kind,
            BigDecimal hours, boolean active, Long version, Model model, HttpServletResponse response) {
        StaffPages.refused(e, model, response);
        model.addAttribute("draft", new CourseDraft(id, name, outline, kind, hours, active, version));
        return catalogueView(null, null, false, PageQuery.of(null, null, null), model);
    }

    /** A course form refused, shown again with the user's input. */
    record CourseDraft(Long id, String name, String outline, CourseKind kind, BigDecimal hours, boolean active,
            Long version) {
    }

    private String catalogueView(String q, CourseKind kind, boolean inactive, PageQuery page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("inactive", inactive);
        model.addAttribute("kinds", CourseKind.values());
        model.addAttribute("page", courses.page(q, kind, inactive, page));
        model.addAttribute("reach", attendance.reach());
        return "workforce/training-courses";
    }

    private String sessionsView(SessionKind kind, Long departmentId, String q, PageQuery page, Model model) {
        SessionEntry entry = (SessionEntry) model.getAttribute("entry");
        Long team = entry != null && entry.departmentId() != null ? entry.departmentId() : departmentId;
        model.addAttribute("kind", kind);
        model.addAttribute("team", departmentId);
        model.addAttribute("q", q);
        model.addAttribute("kinds", SessionKind.values());
        model.addAttribute("page", sessions.page(kind, departmentId, q, page));
        formModel(team, model);
        return "workforce/training-sessions";
    }

    private String sessionView(SessionView view, SessionEntry draft, Model model) {
        model.addAttribute("s", view);
        model.addAttribute("kinds", SessionKind.values());
        model.addAttribute("entry", draft != null ? draft : new SessionEntry(view.kind(), view.courseId(),
                view.departmentId(), view.day(), view.trainer(), view.topic(), view.keyPoints(), view.note(),
                view.meetingId(), view.attendees().stream().filter(SessionView.Line::present)
                        .map(SessionView.Line::userId).collect(Collectors.toSet()),
                view.attendees().stream().filter(SessionView.Line::passed).map(SessionView.Line::userId)
                        .collect(Collectors.toSet())));
        if (view.mayEdit()) {
            formModel(view.departmentId(), model);
        }
        return "workforce/training-session";
    }

    private void formModel(Long chosen, Model model) {
        var reach = attendance.reach();
        var teams = attendance.teams();
        Long own = csms.identity.SignedInUser.current().departmentId();
        Long team = chosen != null ? chosen : teams.size() == 1 ? teams.get(0).getId()
                : own != null && reach.mayKeep(own) ? own : null;
        model.addAttribute("reach", reach);
        model.addAttribute("teams", teams);
        model.addAttribute("formTeam", team);
        model.addAttribute("members", reach.keepsAny() && team != null && reach.mayKeep(team)
                ? meetings.members(team) : List.of());
        model.addAttribute("courses", courses.active());
        model.addAttribute("today", LocalDate.now(clock.withZone(organisation.zone())));
    }
}
