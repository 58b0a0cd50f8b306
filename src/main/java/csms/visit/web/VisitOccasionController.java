package csms.visit.web;

import csms.customer.CustomerGrades;
import csms.customer.CustomerKind;
import csms.shared.BusinessException;
import csms.shared.ConflictException;
import csms.shared.FormErrors;
import csms.shared.PageQuery;
import csms.visit.OccasionDefinition;
import csms.visit.OccasionKind;
import csms.visit.VisitOccasion;
import csms.visit.VisitOccasions;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The special occasions page (VIS-5): the occasions by date, paginated, with a form to create or edit one (a holiday
 * of the business calendar fills name and date), and deletion after a confirmation.
 */
@Controller
class VisitOccasionController {

    private static final String PAGE = "/settings/visit-occasions";
    private static final int PAGE_SIZE = 20;
    private static final int DEFAULT_DAYS_BEFORE = 3;

    private final VisitOccasions occasions;
    private final CustomerGrades grades;
    private final Clock clock;

    VisitOccasionController(VisitOccasions occasions, CustomerGrades grades, Clock clock) {
        this.occasions = occasions;
        this.grades = grades;
        this.clock = clock;
    }

    @GetMapping(PAGE)
    @PreAuthorize("hasRole('SUPERVISOR')")
    String page(@RequestParam(required = false) Integer page, @RequestParam(required = false) Long edit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate holiday,
            @RequestParam(required = false) String holidayName, Model model) {
        OccasionDefinition form = new OccasionDefinition(holidayName, holiday == null ? null : OccasionKind.HOLIDAY,
                holiday, DEFAULT_DAYS_BEFORE, true, null, List.of(), null);
        if (edit != null) {
            VisitOccasion o = occasions.get(edit);
            form = new OccasionDefinition(o.getName(), o.getKind(), o.getDate(), o.getDaysBefore(),
                    o.isMembersOnly(), o.getCustomerKind(), List.copyOf(o.getGradeCodes()), o.getVersion());
        }
        model.addAttribute("occasion", form);
        model.addAttribute("editId", edit);
        return listPage(page, model);
    }

    @PostMapping(PAGE)
    @PreAuthorize("hasRole('SUPERVISOR')")
    String create(@Valid @ModelAttribute("occasion") OccasionDefinition d, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                occasions.create(d);
                redirect.addFlashAttribute("success", "visit.occasion.created");
                return "redirect:" + PAGE;
            } catch (BusinessException e) {
                FormErrors.reject(result, e);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return listPage(null, model);
    }

    @PostMapping(PAGE + "/{id}")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String revise(@PathVariable long id, @Valid @ModelAttribute("occasion") OccasionDefinition d,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        if (!result.hasErrors()) {
            try {
                occasions.revise(id, d);
                redirect.addFlashAttribute("success", "visit.occasion.saved");
                response.setStatus(HttpStatus.FOUND.value());
                return "redirect:" + PAGE;
            } catch (ConflictException e) {
                FormErrors.reject(result, e);
                response.setStatus(HttpStatus.CONFLICT.value());
            } catch (BusinessException e) {
                FormErrors.reject(result, e);
            }
        }
        model.addAttribute("editId", id);
        return listPage(null, model);
    }

    @PostMapping(PAGE + "/{id}/delete")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            occasions.delete(id, version);
            redirect.addFlashAttribute("success", "visit.occasion.deleted");
        } catch (BusinessException e) {
            redirect.addFlashAttribute("error", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.arguments());
        }
        return "redirect:" + PAGE;
    }

    private String listPage(Integer page, Model model) {
        model.addAttribute("page", occasions.list(PageQuery.of(page, PAGE_SIZE, null)));
        model.addAttribute("occasionKinds", OccasionKind.values());
        model.addAttribute("customerKinds", CustomerKind.values());
        model.addAttribute("grades", grades.all());
        model.addAttribute("holidays", occasions.holidaysFrom(LocalDate.now(clock)));
        return "visit/occasions";
    }
}
