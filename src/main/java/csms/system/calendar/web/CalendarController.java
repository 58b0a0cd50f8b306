package csms.system.calendar.web;

import csms.shared.BusinessException;
import csms.shared.ConflictException;
import csms.shared.FormErrors;
import csms.system.calendar.BusinessCalendar;
import csms.system.calendar.CalendarDay;
import csms.system.calendar.CalendarDays;
import csms.system.calendar.DayKind;
import csms.system.calendar.WorkingHours;
import jakarta.servlet.http.HttpServletResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The business calendar page: a year's holidays and make-up working days, and the working hours; admins edit. */
@Controller
@RequestMapping("/settings/calendar")
class CalendarController {

    static final String VIEWERS = "hasAnyRole('SUPERVISOR', 'HR', 'ADMIN')";
    private static final String DAY_FORM = "dayForm";
    private static final String HOURS_FORM = "hoursForm";

    private final CalendarDays days;
    private final WorkingHours hours;
    private final BusinessCalendar calendar;

    CalendarController(CalendarDays days, WorkingHours hours, BusinessCalendar calendar) {
        this.days = days;
        this.hours = hours;
        this.calendar = calendar;
    }

    @GetMapping
    @PreAuthorize(VIEWERS)
    String page(@RequestParam(required = false) String year, @RequestParam(required = false) String edit,
            Model model) {
        DayForm form = DayForm.blank();
        int shown = CalendarInput.year(year, calendar.zone());
        if (edit != null && !edit.isBlank()) {
            LocalDate date = CalendarInput.date(edit);
            form = days.find(date).map(DayForm::of).orElse(new DayForm(date.toString(), form.kind(), "", null));
            shown = date.getYear();
        }
        return page(model, shown, form);
    }

    @PostMapping("/days")
    @PreAuthorize("hasRole('ADMIN')")
    String setDay(@ModelAttribute(DAY_FORM) DayForm form, BindingResult result,
            @RequestParam(required = false) String year, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                LocalDate date = CalendarInput.date(form.date());
                days.set(date, DayKind.parse(form.kind()), form.name(), form.version());
                redirect.addFlashAttribute("success", "calendar.day.saved");
                return "redirect:/settings/calendar?year=" + date.getYear();
            } catch (ConflictException e) {
                FormErrors.reject(result, e);
                response.setStatus(HttpStatus.CONFLICT.value());
            } catch (BusinessException e) {
                FormErrors.reject(result, e);
            }
        }
        return page(model, shownYear(year), null);
    }

    @PostMapping("/days/{date}/delete")
    @PreAuthorize("hasRole('ADMIN')")
    String removeDay(@PathVariable String date, @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        LocalDate day = CalendarInput.date(date);
        try {
            days.remove(day, version);
            redirect.addFlashAttribute("success", "calendar.day.removed");
        } catch (BusinessException e) {
            redirect.addFlashAttribute("error", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.arguments());
        }
        return "redirect:/settings/calendar?year=" + day.getYear();
    }

    @PostMapping("/hours")
    @PreAuthorize("hasRole('ADMIN')")
    String changeHours(@ModelAttribute(HOURS_FORM) HoursForm form, BindingResult result,
            @RequestParam(required = false) String year, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        int shown = shownYear(year);
        if (!result.hasErrors()) {
            try {
                hours.change(form.toWorkingTime(), form.version() == null ? -1 : form.version());
                redirect.addFlashAttribute("success", "calendar.hours.saved");
                return "redirect:/settings/calendar?year=" + shown;
            } catch (ConflictException e) {
                FormErrors.reject(result, e);
                response.setStatus(HttpStatus.CONFLICT.value());
            } catch (BusinessException e) {
                FormErrors.reject(result, Map.of("periods", "starts"), e);
            }
        }
        return page(model, shown, null);
    }

    private int shownYear(String year) {
        try {
            return CalendarInput.year(year, calendar.zone());
        } catch (BusinessException e) {
            return LocalDate.now(calendar.zone()).getYear();
        }
    }

    /** Renders the year; a form already in the model (re-rendered with errors) is kept as the user typed it. */
    private String page(Model model, int year, DayForm dayForm) {
        List<CalendarDay> list = days.year(year);
        model.addAttribute("year", year);
        model.addAttribute("months", MonthDays.of(list));
        model.addAttribute("offDayCount", list.stream().filter(CalendarDay::offDay).count());
        model.addAttribute("workingDayCount", list.stream().filter(d -> !d.offDay()).count());
        model.addAttribute("hours", hours.current());
        model.addAttribute("kinds", DayKind.values());
        model.addAttribute("weekdays", DayOfWeek.values());
        model.addAttribute("zone", calendar.zone());
        if (!model.containsAttribute(DAY_FORM)) {
            model.addAttribute(DAY_FORM, dayForm == null ? DayForm.blank() : dayForm);
        }
        if (!model.containsAttribute(HOURS_FORM)) {
            model.addAttribute(HOURS_FORM, HoursForm.of(hours.current()));
        }
        return "system/calendar";
    }
}
