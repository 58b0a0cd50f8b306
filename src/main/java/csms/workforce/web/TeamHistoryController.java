package csms.workforce.web;

import csms.shared.BusinessException;
import csms.workforce.Attendance;
import csms.workforce.TeamHistory;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's dated team history 调动记录 for HR and managers (ADR 0020): the stints, and the correction of the latest
 * stint's first day when a transfer was dated wrongly; a refused date re-renders the form with it.
 */
@Controller
@RequestMapping("/workforce/team-history")
class TeamHistoryController {

    private final TeamHistory history;
    private final Attendance attendance;

    TeamHistoryController(TeamHistory history, Attendance attendance) {
        this.history = history;
        this.attendance = attendance;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('HR', 'DEPT_MANAGER')")
    String page(@RequestParam(required = false) Long userId, Model model) {
        model.addAttribute("people", attendance.keptPeople());
        model.addAttribute("userId", userId);
        model.addAttribute("stints", userId == null ? java.util.List.of() : history.of(userId));
        return "workforce/team-history";
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('HR', 'DEPT_MANAGER')")
    String correct(@RequestParam long userId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate firstDay,
            Model model, RedirectAttributes flash, HttpServletResponse response) {
        try {
            history.correctFirstDay(userId, firstDay);
            flash.addFlashAttribute("success", "team.history.corrected");
            return "redirect:/workforce/team-history?userId=" + userId;
        } catch (BusinessException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("error", e.messageKey());
            model.addAttribute("errorArgs", e.arguments());
            model.addAttribute("firstDay", firstDay);
            return page(userId, model);
        }
    }
}
