package csms.visit.web;

import csms.customer.CustomerDirectory;
import csms.identity.Departments;
import csms.identity.UserAccounts;
import csms.shared.BusinessException;
import csms.shared.ConflictException;
import csms.shared.NotFoundException;
import csms.visit.AnswerType;
import csms.visit.CustomerQuietHours;
import csms.visit.CustomerQuietHoursSettings;
import csms.visit.Questionnaires;
import csms.visit.Questionnaires.QuestionDefinition;
import csms.visit.VisitCoverage;
import csms.visit.VisitKind;
import csms.visit.VisitQuestion;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

/** The supervisors' coverage page (VIS-1), a customer's quiet hours (VIS-1) and the questionnaires (VIS-3). */
@Controller
class VisitSettingsController {

    private final VisitCoverage coverage;
    private final CustomerQuietHoursSettings quietHours;
    private final Questionnaires questionnaires;
    private final CustomerDirectory customers;
    private final Departments departments;
    private final UserAccounts users;
    private final Clock clock;

    VisitSettingsController(VisitCoverage coverage, CustomerQuietHoursSettings quietHours,
            Questionnaires questionnaires, CustomerDirectory customers, Departments departments, UserAccounts users,
            Clock clock) {
        this.departments = departments;
        this.users = users;
        this.coverage = coverage;
        this.quietHours = quietHours;
        this.questionnaires = questionnaires;
        this.customers = customers;
        this.clock = clock;
    }

    @GetMapping("/visits/coverage")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String coverage(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long departmentId, @RequestParam(required = false) Long agentId,
            Model model, HttpServletResponse response) {
        LocalDate today = LocalDate.now(clock);
        LocalDate f = from == null ? today.withDayOfMonth(1) : from;
        LocalDate t = to == null ? today : to;
        model.addAttribute("from", f);
        model.addAttribute("to", t);
        model.addAttribute("departmentId", departmentId);
        model.addAttribute("agentId", agentId);
        model.addAttribute("departments", departments.all());
        model.addAttribute("agents", users.activeAgents());
        try {
            model.addAttribute("report", coverage.of(f, t, departmentId, agentId));
        } catch (BusinessException e) {
            model.addAttribute("error", e.messageKey());
            model.addAttribute("errorArgs", e.arguments());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return "visit/coverage";
    }

    @GetMapping("/visits/customers/{customerId}/quiet-hours")
    @PreAuthorize("hasRole('AGENT')")
    String quietHours(@PathVariable long customerId, @RequestParam(required = false) Long visit, Model model) {
        Optional<CustomerQuietHours> current = quietHours.of(customerId);
        model.addAttribute("fromValue", current.map(c -> c.window().startTime()).orElse(null));
        model.addAttribute("toValue", current.map(c -> c.window().endTime()).orElse(null));
        model.addAttribute("version", current.map(CustomerQuietHours::getVersion).orElse(null));
        return quietPage(customerId, visit, model);
    }

    @PostMapping("/visits/customers/{customerId}/quiet-hours")
    @PreAuthorize("hasRole('AGENT')")
    String changeQuietHours(@PathVariable long customerId, @RequestParam(required = false) Long visit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime to,
            @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            quietHours.change(customerId, from, to, version);
            redirect.addFlashAttribute("success", "visit.quiet-form.saved");
            return visit == null ? "redirect:/visits" : "redirect:/visits/" + visit;
        } catch (NotFoundException e) {
            throw e;
        } catch (BusinessException e) {
            model.addAttribute("error", e.messageKey());
            model.addAttribute("errorArgs", e.arguments());
            response.setStatus(e instanceof ConflictException ? HttpStatus.CONFLICT.value()
                    : HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        model.addAttribute("fromValue", from);
        model.addAttribute("toValue", to);
        model.addAttribute("version", version);
        return quietPage(customerId, visit, model);
    }

    @GetMapping("/settings/visit-questions")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String questions(@RequestParam(required = false) VisitKind kind, Model model) {
        VisitKind k = kind == null ? VisitKind.SERVICE : kind;
        List<String> texts = new ArrayList<>();
        List<AnswerType> types = new ArrayList<>();
        for (VisitQuestion q : questionnaires.of(k)) {
            texts.add(q.getText());
            types.add(q.getAnswerType());
        }
        return questionsPage(k, texts, types, model);
    }

    @PostMapping("/settings/visit-questions")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String saveQuestions(@RequestParam VisitKind kind, @RequestParam(name = "text", required = false) List<String> texts,
            @RequestParam(name = "type", required = false) List<AnswerType> types, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        List<String> t = texts == null ? List.of() : texts;
        List<AnswerType> y = types == null ? List.of() : types;
        List<QuestionDefinition> definitions = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            definitions.add(new QuestionDefinition(t.get(i), i < y.size() ? y.get(i) : null));
        }
        try {
            questionnaires.replace(kind, definitions);
            redirect.addFlashAttribute("success", "visit.questions.saved");
            return "redirect:/settings/visit-questions?kind=" + kind;
        } catch (BusinessException e) {
            model.addAttribute("error", e.messageKey());
            model.addAttribute("errorArgs", e.arguments());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return questionsPage(kind, t, y, model);
    }

    private String quietPage(long customerId, Long visit, Model model) {
        model.addAttribute("customer", customers.card(customerId)
                .orElseThrow(() -> new NotFoundException("Customer", customerId)));
        model.addAttribute("visit", visit);
        return "visit/quiet-hours";
    }

    private String questionsPage(VisitKind kind, List<String> texts, List<AnswerType> types, Model model) {
        List<String> rows = new ArrayList<>(texts);
        List<AnswerType> rowTypes = new ArrayList<>(types);
        while (rows.size() < Questionnaires.MAX_QUESTIONS) {
            rows.add("");
        }
        while (rowTypes.size() < rows.size()) {
            rowTypes.add(AnswerType.SCORE);
        }
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", VisitKind.values());
        model.addAttribute("texts", rows);
        model.addAttribute("types", rowTypes);
        model.addAttribute("answerTypes", AnswerType.values());
        return "visit/questions";
    }
}
