package csms.pay.web;

import csms.identity.Departments;
import csms.pay.AssessmentRow;
import csms.pay.PayAssessments;
import csms.pay.PayRules;
import csms.pay.PerformanceGrade;
import csms.pay.PerformanceSchemes;
import csms.shared.BusinessException;
import csms.shared.ConflictException;
import csms.shared.PageQuery;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The month's assessments: grades by supervisors and directors under each department's performance scheme in force,
 * discretionary amounts by managers (PAY-4 … PAY-6, PAY-8).
 */
@Controller
@RequestMapping("/pay/assessments")
class AssessmentController {

    private final PayAssessments assessments;
    private final PayRules rules;
    private final Departments departments;
    private final PerformanceSchemes schemes;

    AssessmentController(PayAssessments assessments, PayRules rules, Departments departments,
            PerformanceSchemes schemes) {
        this.assessments = assessments;
        this.rules = rules;
        this.departments = departments;
        this.schemes = schemes;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR')")
    String page(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @RequestParam(required = false) Long departmentId, @RequestParam(required = false) Integer page,
            Model model) {
        return view(month == null ? rules.currentMonth() : month, departmentId, page, model);
    }

    @PostMapping("/grade")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String grade(@RequestParam long userId, @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @RequestParam(required = false) PerformanceGrade grade, @RequestParam(required = false) Long version,
            @RequestParam(required = false) Long departmentId, Model model, RedirectAttributes flash,
            HttpServletResponse response) {
        return act(() -> assessments.grade(userId, month, grade, version), userId, month, departmentId,
                Map.of("failedGrade", grade == null ? "" : grade.name()), model, flash, response);
    }

    @PostMapping("/discretionary")
    @PreAuthorize("hasRole('DEPT_MANAGER')")
    String discretionary(@RequestParam long userId,
            @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @RequestParam(required = false) BigDecimal amount, @RequestParam(required = false) String reason,
            @RequestParam(required = false) Long version, @RequestParam(required = false) Long departmentId,
            Model model, RedirectAttributes flash, HttpServletResponse response) {
        return act(() -> assessments.discretionary(userId, month, amount, reason, version), userId, month,
                departmentId, Map.of("failedAmount", amount == null ? "" : amount.toPlainString(), "failedReason",
                        reason == null ? "" : reason), model, flash, response);
    }

    private String act(Supplier<?> action, long userId, YearMonth month, Long departmentId, Map<String, String> input,
            Model model, RedirectAttributes flash, HttpServletResponse response) {
        try {
            action.get();
            flash.addFlashAttribute("success", "pay.assessment.saved");
            return "redirect:/pay/assessments?month=" + month + (departmentId == null ? "" : "&departmentId="
                    + departmentId);
        } catch (BusinessException e) {
            model.addAttribute("error", e.messageKey());
            model.addAttribute("errorArgs", e.arguments());
            model.addAttribute("failedUser", userId);
            model.addAllAttributes(input);
            response.setStatus(e instanceof ConflictException ? HttpStatus.CONFLICT.value()
                    : HttpStatus.UNPROCESSABLE_CONTENT.value());
            return view(month, departmentId, null, model);
        }
    }

    private String view(YearMonth month, Long departmentId, Integer page, Model model) {
        model.addAttribute("month", month);
        model.addAttribute("departmentId", departmentId);
        model.addAttribute("departments", departments.all());
        model.addAttribute("grades", PerformanceGrade.values());
        Page<AssessmentRow> rows = assessments.page(month, departmentId, PageQuery.of(page, 50, null));
        model.addAttribute("page", rows);
        model.addAttribute("schemes", schemes.inForce(rows.stream().map(AssessmentRow::departmentId)
                .filter(Objects::nonNull).distinct().toList(), month));
        return "pay/assessments";
    }
}
