package csms.workforce.web;

import csms.identity.Departments;
import csms.identity.SignedInUser;
import csms.shared.BusinessException;
import csms.shared.ConflictException;
import csms.workforce.Rosters;
import csms.workforce.ShiftTypes;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The monthly roster (WFM-5): the supervisor's grid of people × days with a shift per cell ({@code c_<user>_<day>}),
 * "copy last month", save with the version seen; and each person's own shifts.
 */
@Controller
class RosterController {

    private final Rosters rosters;
    private final ShiftTypes shiftTypes;
    private final Departments departments;

    RosterController(Rosters rosters, ShiftTypes shiftTypes, Departments departments) {
        this.rosters = rosters;
        this.shiftTypes = shiftTypes;
        this.departments = departments;
    }

    @GetMapping("/roster")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String grid(@RequestParam(required = false) Long department,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @RequestParam(required = false) boolean copy, Model model) {
        Long shown = department != null ? department : SignedInUser.current().departmentId();
        var all = departments.all();
        if (shown == null && !all.isEmpty()) {
            shown = all.getFirst().getId();
        }
        YearMonth m = month == null ? rosters.currentMonth() : month;
        model.addAttribute("departments", all);
        model.addAttribute("month", m);
        model.addAttribute("grid", shown == null ? null : rosters.grid(shown, m, copy));
        return "workforce/roster";
    }

    @PostMapping("/roster")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String save(@RequestParam long department, @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @RequestParam(required = false) Long version, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes flash, HttpServletResponse response) {
        Map<Long, Map<LocalDate, Long>> cells = new HashMap<>();
        for (var e : form.entrySet()) {
            if (e.getKey().startsWith("c_") && e.getValue() != null && !e.getValue().isBlank()) {
                String[] parts = e.getKey().split("_", 3);
                cells.computeIfAbsent(Long.parseLong(parts[1]), k -> new HashMap<>())
                        .put(LocalDate.parse(parts[2]), Long.parseLong(e.getValue()));
            }
        }
        try {
            rosters.save(department, month, cells, version);
            flash.addFlashAttribute("success", "roster.saved");
            return "redirect:/roster?department=" + department + "&month=" + month;
        } catch (BusinessException e) {
            model.addAttribute("error", e.messageKey());
            model.addAttribute("errorArgs", e.arguments());
            response.setStatus(e instanceof ConflictException ? HttpStatus.CONFLICT.value()
                    : HttpStatus.UNPROCESSABLE_CONTENT.value());
            var grid = rosters.grid(department, month, false);
            // the page keeps what was entered, against the version first seen
            model.addAttribute("grid", new csms.workforce.RosterGrid(grid.departmentId(), grid.departmentName(),
                    grid.month(), grid.days(), grid.people(), cells, grid.leave(), grid.offDays(), grid.shiftTypes(),
                    version, false));
            model.addAttribute("departments", departments.all());
            model.addAttribute("month", month);
            return "workforce/roster";
        }
    }

    @GetMapping("/roster/mine")
    @PreAuthorize("isAuthenticated()")
    String mine(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Model model) {
        YearMonth m = month == null ? rosters.currentMonth() : month;
        model.addAttribute("month", m);
        model.addAttribute("shifts", rosters.mine(m));
        return "workforce/roster-mine";
    }
}
