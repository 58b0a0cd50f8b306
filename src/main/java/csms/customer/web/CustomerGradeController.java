package csms.customer.web;

import csms.shared.FormErrors;

import csms.customer.CustomerGrades;
import csms.customer.GradeDefinition;
import csms.shared.BusinessException;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The classification standard page (CUS-3): grades with thresholds and rank, and reclassifying everyone. */
@Controller
@RequestMapping("/customers/grades")
class CustomerGradeController {

    private final CustomerGrades grades;
    private final MessageSource messages;

    CustomerGradeController(CustomerGrades grades, MessageSource messages) {
        this.grades = grades;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasRole('SUPERVISOR')")
    String page(Model model) {
        return page(model, new GradeDefinition("", "", null, null, null, false, 10, null));
    }

    @PostMapping
    @PreAuthorize("hasRole('SUPERVISOR')")
    String create(@Valid @ModelAttribute("newGrade") GradeDefinition d, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                grades.create(d);
                redirect.addFlashAttribute("success", "customer.grades.created");
                return "redirect:/customers/grades";
            } catch (BusinessException e) {
                FormErrors.reject(result, e);
            }
        }
        return page(model, d);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String revise(@PathVariable long id, @Valid @ModelAttribute("grade") GradeDefinition d, BindingResult result,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            // The rows are separate small forms: the first problem is shown above the table, naming the grade.
            var err = result.getAllErrors().get(0);
            String field = err instanceof FieldError f ? f.getField() + ": " : "";
            redirect.addFlashAttribute("gradeError", d.code() + " — " + field
                    + messages.getMessage(err, LocaleContextHolder.getLocale()));
            return "redirect:/customers/grades";
        }
        try {
            grades.revise(id, d);
            redirect.addFlashAttribute("success", "customer.grades.saved");
        } catch (BusinessException e) {
            redirect.addFlashAttribute("error", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.arguments());
        }
        return "redirect:/customers/grades";
    }

    @PostMapping("/reclassify")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String reclassify(RedirectAttributes redirect) {
        int changed = grades.reclassifyAll();
        redirect.addFlashAttribute("reclassified", changed);
        return "redirect:/customers/grades";
    }

    private String page(Model model, GradeDefinition newGrade) {
        model.addAttribute("grades", grades.all());
        model.addAttribute("newGrade", newGrade);
        return "customer/grades";
    }
}
