package csms.pay.web;

import csms.identity.Departments;
import csms.identity.UserAccounts;
import csms.pay.PayKind;
import csms.pay.PayProfiles;
import csms.pay.StaffLevel;
import csms.shared.BusinessException;
import csms.shared.ConflictException;
import csms.shared.FormErrors;
import csms.shared.PageQuery;
import jakarta.servlet.http.HttpServletResponse;
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

/** HR's pay profiles: the list of employees with their post wage and kind, and the profile form. */
@Controller
@RequestMapping("/pay/profiles")
class PayProfileController {

    private final PayProfiles profiles;
    private final UserAccounts users;
    private final Departments departments;

    PayProfileController(PayProfiles profiles, UserAccounts users, Departments departments) {
        this.profiles = profiles;
        this.users = users;
        this.departments = departments;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('HR', 'DEPT_MANAGER')")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long departmentId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) String sort, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("departmentId", departmentId);
        model.addAttribute("departments", departments.all());
        model.addAttribute("page", profiles.page(q, departmentId, PageQuery.of(page, 50, sort)));
        return "pay/profiles";
    }

    @GetMapping("/{userId}")
    @PreAuthorize("hasAnyRole('HR', 'DEPT_MANAGER')")
    String form(@PathVariable long userId, Model model) {
        model.addAttribute("form", PayProfileForm.of(profiles.of(userId).orElse(null)));
        return view(userId, model);
    }

    @PostMapping("/{userId}")
    @PreAuthorize("hasAnyRole('HR', 'DEPT_MANAGER')")
    String save(@PathVariable long userId, @ModelAttribute("form") PayProfileForm form, BindingResult binding,
            Model model, RedirectAttributes flash, HttpServletResponse response) {
        if (!binding.hasErrors()) {
            try {
                profiles.save(userId, form.input());
                flash.addFlashAttribute("success", "pay.profile.saved");
                return "redirect:/pay/profiles/" + userId;
            } catch (BusinessException e) {
                FormErrors.reject(binding, e);
                response.setStatus(e instanceof ConflictException ? HttpStatus.CONFLICT.value()
                        : HttpStatus.UNPROCESSABLE_CONTENT.value());
                return view(userId, model);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return view(userId, model);
    }

    private String view(long userId, Model model) {
        model.addAttribute("employee", users.get(userId));
        model.addAttribute("kinds", PayKind.values());
        model.addAttribute("levels", StaffLevel.values());
        return "pay/profile";
    }
}
