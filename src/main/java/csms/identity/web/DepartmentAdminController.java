package csms.identity.web;

import csms.shared.FormErrors;

import csms.identity.Department;
import csms.identity.Departments;
import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import csms.shared.BusinessException;
import csms.shared.ConflictException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's department pages: list, create, rename and appoint the supervisor. */
@Controller
@RequestMapping("/admin/departments")
class DepartmentAdminController {

    private static final String FORM = "departmentForm";

    private final Departments departments;
    private final UserAccounts users;

    DepartmentAdminController(Departments departments, UserAccounts users) {
        this.departments = departments;
        this.users = users;
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    String list(Model model) {
        model.addAttribute(FORM, DepartmentForm.empty());
        return listPage(model);
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    String create(@Valid @ModelAttribute(FORM) DepartmentForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                departments.create(form.name(), form.supervisorId());
                redirect.addFlashAttribute("success", "identity.flash.department-created");
                return "redirect:/admin/departments";
            } catch (BusinessException e) {
                FormErrors.reject(result, e);
            }
        }
        return listPage(model);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    String edit(@PathVariable long id, Model model) {
        Department d = departments.get(id);
        model.addAttribute(FORM, new DepartmentForm(d.getName(), d.getSupervisorId(), d.getVersion()));
        return editPage(d, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    String update(@PathVariable long id, @Valid @ModelAttribute(FORM) DepartmentForm form, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                departments.update(id, form.name(), form.supervisorId(), form.version() == null ? -1 : form.version());
                redirect.addFlashAttribute("success", "identity.flash.department-saved");
                return "redirect:/admin/departments";
            } catch (ConflictException e) {
                FormErrors.reject(result, e);
                response.setStatus(HttpStatus.CONFLICT.value());
            } catch (BusinessException e) {
                FormErrors.reject(result, e);
            }
        }
        return editPage(departments.get(id), model);
    }

    private String listPage(Model model) {
        List<Department> all = departments.all();
        Set<Long> supervisorIds = new HashSet<>();
        all.forEach(d -> {
            if (d.getSupervisorId() != null) {
                supervisorIds.add(d.getSupervisorId());
            }
        });
        model.addAttribute("departments", all);
        model.addAttribute("supervisorsById", users.byIds(supervisorIds));
        model.addAttribute("candidates", users.supervisorCandidates());
        return "identity/departments";
    }

    private String editPage(Department department, Model model) {
        model.addAttribute("department", department);
        List<UserAccount> candidates = new ArrayList<>(users.supervisorCandidates());
        Long current = department.getSupervisorId();
        if (current != null && candidates.stream().noneMatch(u -> u.getId().equals(current))) {
            candidates.add(users.get(current));  // still shown, so saving does not silently drop them
        }
        model.addAttribute("candidates", candidates);
        return "identity/department-edit";
    }
}
