package csms.customer.web;

import csms.shared.FormErrors;

import csms.customer.ArchiveRefresh;
import csms.customer.CustomerArchive;
import csms.customer.CustomerDetails;
import csms.customer.CustomerFilter;
import csms.customer.CustomerGrades;
import csms.customer.CustomerMergedAway;
import csms.identity.SignedInUser;
import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import csms.shared.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import csms.shared.BusinessException;
import csms.shared.PageQuery;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Customer archive pages: the list with live search and filters, registering, the detail with masked or full data
 * and its history, editing. Every page goes through {@link CustomerArchive}, as the API does.
 */
@Controller
@RequestMapping("/customers")
class CustomerController {

    private final CustomerArchive archive;
    private final ArchiveRefresh refresh;
    private final CustomerGrades grades;
    private final UserAccounts users;
    private final SpringValidatorAdapter validator;

    CustomerController(CustomerArchive archive, CustomerGrades grades, UserAccounts users,
            jakarta.validation.Validator validator, ArchiveRefresh refresh) {
        this.archive = archive;
        this.refresh = refresh;
        this.grades = grades;
        this.users = users;
        this.validator = new SpringValidatorAdapter(validator);
    }

    @GetMapping
    @PreAuthorize("hasRole('AGENT')")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long grade,
            @RequestParam(required = false) Boolean member, @RequestParam(required = false) Boolean bigCustomer,
            @RequestParam(required = false) Boolean importantAgreement, @RequestParam(required = false) String owner,
            @RequestParam(required = false) Boolean incomplete, @RequestParam(required = false) boolean refreshDue,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @RequestHeader(value = "HX-History-Restore-Request", required = false) String historyRestore,
            Model model, HttpServletResponse response) {
        CustomerFilter filter = CustomerFilter.of(q, grade, member, bigCustomer, importantAgreement, owner,
                incomplete, SignedInUser.current().id());
        if (refreshDue) {
            filter = filter.dueForRefresh();
        }
        model.addAttribute("customers", archive.list(filter, PageQuery.of(page, size, sort)));
        model.addAttribute("filter", filter);
        model.addAttribute("owner", owner);
        model.addAttribute("sort", sort);
        model.addAttribute("grades", grades.all());
        response.setHeader("Vary", "HX-Request");
        boolean fragment = htmx != null && historyRestore == null;
        return fragment ? "customer/list :: results" : "customer/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('AGENT')")
    String newForm(Model model) {
        return form(model, CustomerForm.empty(), null);
    }

    @PostMapping
    @PreAuthorize("hasRole('AGENT')")
    String create(@ModelAttribute("customerForm") CustomerForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        var command = form.toNewCustomer();
        validator.validate(command, result);
        if (!result.hasErrors()) {
            try {
                CustomerDetails created = archive.register(command);
                redirect.addFlashAttribute("success", "customer.registered");
                return "redirect:/customers/" + created.id();
            } catch (BusinessException e) {
                FormErrors.reject(result, e);
            }
        }
        return form(model, form, null);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('AGENT')")
    String detail(@PathVariable long id, @RequestParam(required = false) Integer page, Model model,
            RedirectAttributes redirect) {
        try {
            CustomerDetails customer = archive.view(id);
            model.addAttribute("customer", customer);
            model.addAttribute("refreshDue", customer.updatedAt().isBefore(refresh.cutoff()));
        } catch (CustomerMergedAway e) {
            redirect.addFlashAttribute("mergedFrom", id);
            return "redirect:/customers/" + e.survivorId();
        }
        model.addAttribute("history", archive.history(id, PageQuery.of(page, 10, null)));
        return "customer/detail";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasRole('AGENT')")
    String editForm(@PathVariable long id, Model model) {
        return form(model, CustomerForm.of(archive.viewForEdit(id)), id);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasRole('AGENT')")
    String update(@PathVariable long id, @ModelAttribute("customerForm") CustomerForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        var command = form.toChanges();
        validator.validate(command, result);
        if (!result.hasErrors()) {
            try {
                archive.update(id, command);
                redirect.addFlashAttribute("success", "customer.saved");
                return "redirect:/customers/" + id;
            } catch (BusinessException e) {
                FormErrors.reject(result, e);
            }
        }
        return form(model, form, id);
    }

    private String form(Model model, CustomerForm form, Long id) {
        form.padRows();
        model.addAttribute("customerForm", form);
        model.addAttribute("customerId", id);
        SignedInUser me = SignedInUser.current();
        if (me != null && me.hasAtLeast(Role.SUPERVISOR)) {
            List<UserAccount> managers = new ArrayList<>(users.activeAgents());
            Long current = form.getAccountManagerId();
            if (current != null && managers.stream().noneMatch(u -> u.getId().equals(current))) {
                managers.addAll(users.byIds(Set.of(current)).values());
            }
            model.addAttribute("accountManagers", managers);
        }
        return "customer/form";
    }
}
