package csms.workforce.web;

import csms.shared.BusinessException;
import csms.shared.ConflictException;
import csms.workforce.ShiftClass;
import csms.workforce.ShiftTypes;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Shift types 班次 (WFM-5): the list with each type's class, add and change (supervisors). */
@Controller
class ShiftTypeController {

    private final ShiftTypes shiftTypes;

    ShiftTypeController(ShiftTypes shiftTypes) {
        this.shiftTypes = shiftTypes;
    }

    @GetMapping("/roster/shifts")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String list(Model model) {
        model.addAttribute("shifts", shiftTypes.all());
        model.addAttribute("classes", ShiftClass.values());
        return "workforce/shifts";
    }

    @PostMapping("/roster/shifts")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String create(@RequestParam(required = false) String name,
            @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime start,
            @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime end, Model model,
            RedirectAttributes flash, HttpServletResponse response) {
        try {
            shiftTypes.create(name, start, end);
            flash.addFlashAttribute("success", "shift.saved");
            return "redirect:/roster/shifts";
        } catch (BusinessException e) {
            return failed(e, model, response);
        }
    }

    @PostMapping("/roster/shifts/{id}")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String update(@PathVariable long id, @RequestParam(required = false) String name,
            @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime start,
            @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime end,
            @RequestParam(required = false) boolean active, @RequestParam long version, Model model,
            RedirectAttributes flash, HttpServletResponse response) {
        try {
            shiftTypes.update(id, name, start, end, active, version);
            flash.addFlashAttribute("success", "shift.saved");
            return "redirect:/roster/shifts";
        } catch (BusinessException e) {
            return failed(e, model, response);
        }
    }

    private String failed(BusinessException e, Model model, HttpServletResponse response) {
        model.addAttribute("error", e.messageKey());
        model.addAttribute("errorArgs", e.arguments());
        response.setStatus(e instanceof ConflictException ? HttpStatus.CONFLICT.value()
                : HttpStatus.UNPROCESSABLE_CONTENT.value());
        return list(model);
    }
}
