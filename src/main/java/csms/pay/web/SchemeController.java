package csms.pay.web;

import csms.identity.Department;
import csms.identity.Departments;
import csms.identity.UserAccounts;
import csms.pay.PerformanceGrade;
import csms.pay.PerformanceScheme;
import csms.pay.PerformanceSchemes;
import csms.pay.PayRules;
import csms.pay.SchemeGrader;
import csms.pay.SchemeState;
import csms.shared.BusinessException;
import csms.shared.ConflictException;
import csms.shared.FormErrors;
import csms.shared.PageQuery;
import jakarta.servlet.http.HttpServletResponse;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Departments' performance schemes 绩效方案 (PAY-5, PAY-8): the list, the form of the department's head, a scheme with
 * its decisions and the department's versions, and the department managers' approval queue.
 */
@Controller
@RequestMapping("/pay/schemes")
class SchemeController {

    private final PerformanceSchemes schemes;
    private final Departments departments;
    private final UserAccounts users;
    private final PayRules rules;

    SchemeController(PerformanceSchemes schemes, Departments departments, UserAccounts users, PayRules rules) {
        this.schemes = schemes;
        this.departments = departments;
        this.users = users;
        this.rules = rules;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR')")
    String list(@RequestParam(required = false) Long departmentId, @RequestParam(required = false) SchemeState state,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
            @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("departmentId", departmentId);
        model.addAttribute("state", state);
        model.addAttribute("from", from);
        model.addAttribute("states", SchemeState.values());
        return listing(schemes.page(departmentId, state, from, PageQuery.of(page, 20, null)), false, model);
    }

    @GetMapping("/queue")
    @PreAuthorize("hasRole('DEPT_MANAGER')")
    String queue(@RequestParam(required = false) Integer page, Model model) {
        return listing(schemes.queue(PageQuery.of(page, 20, null)), true, model);
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String create(@RequestParam(required = false) Long departmentId, Model model) {
        YearMonth from = departmentId == null ? rules.currentMonth() : schemes.earliestMonth(departmentId);
        model.addAttribute("form", SchemeForm.blank(departmentId, from));
        return form(null, model);
    }

    @PostMapping
    @PreAuthorize("hasRole('SUPERVISOR')")
    String save(@ModelAttribute("form") SchemeForm form, BindingResult binding, Model model,
            RedirectAttributes flash, HttpServletResponse response) {
        return write(() -> schemes.create(form.input()), null, form, binding, model, flash, response);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR')")
    String show(@PathVariable long id, Model model) {
        return detail(schemes.get(id), model);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String edit(@PathVariable long id, Model model) {
        PerformanceScheme s = schemes.get(id);
        model.addAttribute("form", SchemeForm.of(s));
        return form(s, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String update(@PathVariable long id, @ModelAttribute("form") SchemeForm form, BindingResult binding, Model model,
            RedirectAttributes flash, HttpServletResponse response) {
        return write(() -> schemes.update(id, form.input()), id, form, binding, model, flash, response);
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String submit(@PathVariable long id, @RequestParam long version, Model model, RedirectAttributes flash,
            HttpServletResponse response) {
        return decide(() -> schemes.submit(id, version), id, "pay.scheme.submitted", Map.of(), model, flash,
                response);
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasRole('DEPT_MANAGER')")
    String approve(@PathVariable long id, @RequestParam long version, Model model, RedirectAttributes flash,
            HttpServletResponse response) {
        return decide(() -> schemes.approve(id, version), id, "pay.scheme.approved", Map.of(), model, flash,
                response);
    }

    @PostMapping("/{id}/return")
    @PreAuthorize("hasRole('DEPT_MANAGER')")
    String giveBack(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String reason,
            Model model, RedirectAttributes flash, HttpServletResponse response) {
        return decide(() -> schemes.giveBack(id, reason, version), id, "pay.scheme.returned",
                Map.of("failedReason", reason == null ? "" : reason), model, flash, response);
    }

    private String write(Supplier<PerformanceScheme> action, Long id, SchemeForm form, BindingResult binding,
            Model model, RedirectAttributes flash, HttpServletResponse response) {
        form.padded();
        if (!binding.hasErrors()) {
            try {
                PerformanceScheme s = action.get();
                flash.addFlashAttribute("success", "pay.scheme.saved");
                return "redirect:/pay/schemes/" + s.getId();
            } catch (BusinessException e) {
                FormErrors.reject(binding, e);
                response.setStatus(e instanceof ConflictException ? HttpStatus.CONFLICT.value()
                        : HttpStatus.UNPROCESSABLE_CONTENT.value());
                return form(id == null ? null : schemes.get(id), model);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(id == null ? null : schemes.get(id), model);
    }

    private String decide(Supplier<PerformanceScheme> action, long id, String done, Map<String, String> input,
            Model model, RedirectAttributes flash, HttpServletResponse response) {
        try {
            action.get();
            flash.addFlashAttribute("success", done);
            return "redirect:/pay/schemes/" + id;
        } catch (BusinessException e) {
            model.addAttribute("error", e.messageKey());
            model.addAttribute("errorArgs", e.arguments());
            model.addAllAttributes(input);
            response.setStatus(e instanceof ConflictException ? HttpStatus.CONFLICT.value()
                    : HttpStatus.UNPROCESSABLE_CONTENT.value());
            return detail(schemes.get(id), model);
        }
    }

    private String listing(Page<PerformanceScheme> page, boolean queue, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("queue", queue);
        List<Department> all = departments.all();
        model.addAttribute("departments", all);
        model.addAttribute("names", all.stream().collect(Collectors.toMap(Department::getId, Department::getName)));
        return "pay/schemes";
    }

    private String form(PerformanceScheme scheme, Model model) {
        model.addAttribute("scheme", scheme);
        model.addAttribute("departments", departments.all());
        model.addAttribute("graders", SchemeGrader.values());
        model.addAttribute("grades", PerformanceGrade.values());
        return "pay/scheme-form";
    }

    private String detail(PerformanceScheme scheme, Model model) {
        List<PerformanceScheme> history = schemes.history(scheme.getDepartmentId());
        model.addAttribute("scheme", scheme);
        model.addAttribute("department", departments.get(scheme.getDepartmentId()));
        model.addAttribute("history", history);
        model.addAttribute("inForce", schemes.inForce(scheme.getDepartmentId(), rules.currentMonth())
                .map(PerformanceScheme::getId).orElse(null));
        model.addAttribute("grades", PerformanceGrade.values());
        Set<Long> people = new HashSet<>();
        people.add(scheme.getWrittenBy());
        if (scheme.getSubmittedBy() != null) {
            people.add(scheme.getSubmittedBy());
        }
        if (scheme.getDecidedBy() != null) {
            people.add(scheme.getDecidedBy());
        }
        model.addAttribute("people", users.byIds(people).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getDisplayName())));
        return "pay/scheme";
    }
}
