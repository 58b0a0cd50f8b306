package csms.identity.web;

import csms.shared.FormErrors;

import csms.identity.Department;
import csms.identity.Departments;
import csms.identity.NewUser;
import csms.identity.SignedInUser;
import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import csms.identity.UserChanges;
import csms.shared.BusinessException;
import csms.shared.ConflictException;
import csms.shared.PageQuery;
import csms.shared.Role;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.EnumSet;
import java.util.stream.Collectors;
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

/** The administrator's user pages: search, create, edit, disable/enable, reset password. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private static final String FORM = "userForm";
    private static final String RESET = "reset";

    private final UserAccounts users;
    private final Departments departments;

    UserAdminController(UserAccounts users, Departments departments) {
        this.users = users;
        this.departments = departments;
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long departmentId,
            @RequestParam(required = false) Boolean enabled, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort, Model model) {
        model.addAttribute("page", users.search(q, departmentId, enabled, PageQuery.of(page, PageQuery.DEFAULT_SIZE, sort)));
        model.addAttribute("q", q);
        model.addAttribute("departmentId", departmentId);
        model.addAttribute("enabled", enabled);
        model.addAttribute("sort", sort);
        addChoices(model);
        return "identity/users";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('ADMIN')")
    String newForm(Model model) {
        model.addAttribute(FORM, new NewUser("", "", "", EnumSet.of(Role.AGENT), "", null, ""));
        addChoices(model);
        return "identity/user-new";
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    String create(@Valid @ModelAttribute(FORM) NewUser form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                UserAccount user = users.create(form);
                redirect.addFlashAttribute("success", "identity.flash.user-created");
                return "redirect:/admin/users/" + user.getId();
            } catch (BusinessException e) {
                FormErrors.reject(result, e);
            }
        }
        addChoices(model);
        return "identity/user-new";
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    String edit(@PathVariable long id, Model model) {
        UserAccount user = users.get(id);
        model.addAttribute(FORM, new UserChanges(user.getDisplayName(), user.getAgentNumber(), user.getDepartmentId(),
                user.getEmail(), user.getRoles(), user.getVersion()));
        return editPage(user, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    String update(@PathVariable long id, @Valid @ModelAttribute(FORM) UserChanges form, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                users.update(id, form);
                redirect.addFlashAttribute("success", "identity.flash.user-saved");
                return "redirect:/admin/users/" + id;
            } catch (ConflictException e) {
                FormErrors.reject(result, e);
                response.setStatus(HttpStatus.CONFLICT.value());
            } catch (BusinessException e) {
                FormErrors.reject(result, e);
            }
        }
        return editPage(users.get(id), model);
    }

    @PostMapping("/{id}/disable")
    @PreAuthorize("hasRole('ADMIN')")
    String disable(@PathVariable long id, RedirectAttributes redirect) {
        try {
            users.disable(id, SignedInUser.current().id());
            redirect.addFlashAttribute("success", "identity.flash.user-disabled");
        } catch (BusinessException e) {
            redirect.addFlashAttribute("error", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.arguments());
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/enable")
    @PreAuthorize("hasRole('ADMIN')")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        users.enable(id);
        redirect.addFlashAttribute("success", "identity.flash.user-enabled");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/password")
    @PreAuthorize("hasRole('ADMIN')")
    String resetPassword(@PathVariable long id, @Valid @ModelAttribute(RESET) PasswordReset form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        UserAccount user = users.get(id);
        if (!result.hasErrors()) {
            try {
                users.resetPassword(id, form.password());
                redirect.addFlashAttribute("success", "identity.flash.password-reset");
                return "redirect:/admin/users/" + id;
            } catch (BusinessException e) {
                FormErrors.reject(result, e);
            }
        }
        model.addAttribute(FORM, new UserChanges(user.getDisplayName(), user.getAgentNumber(), user.getDepartmentId(),
                user.getEmail(), user.getRoles(), user.getVersion()));
        return editPage(user, model);
    }

    private String editPage(UserAccount user, Model model) {
        model.addAttribute("account", user);
        model.addAttribute("self", SignedInUser.current().id() == user.getId());
        if (!model.containsAttribute(RESET)) {
            model.addAttribute(RESET, PasswordReset.empty());
        }
        addChoices(model);
        return "identity/user-edit";
    }

    private void addChoices(Model model) {
        var all = departments.all();
        model.addAttribute("departments", all);
        model.addAttribute("departmentNames", all.stream().collect(Collectors.toMap(Department::getId, Department::getName)));
        model.addAttribute("roles", Role.values());
    }
}
