package csms.customer.web;

import csms.customer.AssignmentBoard;
import csms.customer.AssignmentLine;
import csms.customer.AssignmentLoad;
import csms.customer.CustomerAssignment;
import csms.identity.Departments;
import csms.identity.SignedInUser;
import csms.shared.BusinessException;
import csms.shared.PageQuery;
import csms.shared.Role;
import csms.shared.RuleViolation;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The supervisor's assignment board (CUS-5): unassigned customers (or one team member's), the team's agents with
 * their load, assigning the selection, and a balanced proposal to review and apply.
 */
@Controller
@RequestMapping("/customers/assignment")
@PreAuthorize("hasRole('SUPERVISOR')")
class CustomerAssignmentController {

    static final String VIEW = "customer/assignment";

    /** The board's filter, kept across the board's forms. */
    public record AssignmentFilter(Long owner, String q, Long department, Integer page, String sort) {

        String toQuery() {
            return UriComponentsBuilder.fromPath("/customers/assignment").queryParamIfPresent("owner", opt(owner))
                    .queryParamIfPresent("q", opt(q == null || q.isBlank() ? null : q))
                    .queryParamIfPresent("department", opt(department)).queryParamIfPresent("page", opt(page))
                    .queryParamIfPresent("sort", opt(sort)).build().encode().toUriString();
        }

        private static Optional<Object> opt(Object o) {
            return Optional.ofNullable(o);
        }
    }

    private final CustomerAssignment assignment;
    private final AssignmentBoard board;
    private final Departments departments;
    private final Clock clock;

    CustomerAssignmentController(CustomerAssignment assignment, AssignmentBoard board, Departments departments,
            Clock clock) {
        this.assignment = assignment;
        this.board = board;
        this.departments = departments;
        this.clock = clock;
    }

    @GetMapping
    String show(@ModelAttribute("filter") AssignmentFilter filter, Model model) {
        return render(filter, List.of(), null, model);
    }

    @PostMapping
    String assign(@ModelAttribute("filter") AssignmentFilter filter,
            @RequestParam(required = false) List<Long> customerIds, @RequestParam(required = false) Long agentId,
            @RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect) {
        List<Long> selected = customerIds == null ? List.of() : customerIds;
        try {
            if (selected.isEmpty()) {
                throw RuleViolation.onField("customerIds", "customer.assignment.none-selected");
            }
            if (agentId == null) {
                throw RuleViolation.onField("agentId", "customer.assignment.agent-required");
            }
            var owned = board.alreadyOwned(selected);
            if (!confirmed && !owned.isEmpty()) {
                model.addAttribute("confirmOwned", owned);
                return render(filter, selected, agentId, model);
            }
            int n = assignment.assign(selected, agentId).size();
            redirect.addFlashAttribute("success", n == 0 ? "assignment.nothing-changed" : "assignment.assigned");
            return "redirect:" + filter.toQuery();
        } catch (BusinessException e) {
            model.addAttribute("error", e.messageKey());
            model.addAttribute("errorArgs", e.arguments());
            return render(filter, selected, agentId, model);
        }
    }

    @PostMapping("/unassign")
    String unassign(@ModelAttribute("filter") AssignmentFilter filter,
            @RequestParam(required = false) List<Long> customerIds, Model model, RedirectAttributes redirect) {
        List<Long> selected = customerIds == null ? List.of() : customerIds;
        try {
            assignment.unassign(selected);
            redirect.addFlashAttribute("success", "assignment.released");
            return "redirect:" + filter.toQuery();
        } catch (BusinessException e) {
            model.addAttribute("error", e.messageKey());
            model.addAttribute("errorArgs", e.arguments());
            return render(filter, selected, null, model);
        }
    }

    @PostMapping("/proposal")
    String propose(@ModelAttribute("filter") AssignmentFilter filter,
            @RequestParam(required = false) List<Long> customerIds,
            @RequestParam(required = false) List<Long> agentIds, Model model) {
        List<Long> selected = customerIds == null ? List.of() : customerIds;
        try {
            model.addAttribute("proposal", assignment.proposeBalanced(selected, agentIds));
            model.addAttribute("agents", board.agents(filter.department()));
            return "customer/assignment-proposal";
        } catch (BusinessException e) {
            model.addAttribute("error", e.messageKey());
            model.addAttribute("errorArgs", e.arguments());
            return render(filter, selected, null, model);
        }
    }

    @PostMapping("/proposal/apply")
    String apply(@ModelAttribute("filter") AssignmentFilter filter, @RequestParam List<Long> customerId,
            @RequestParam List<Long> agentId, @RequestParam List<Long> version, RedirectAttributes redirect) {
        try {
            if (customerId.size() != agentId.size() || customerId.size() != version.size()) {
                throw new RuleViolation("error.bad-request");
            }
            List<AssignmentLine> lines = new ArrayList<>();
            for (int i = 0; i < customerId.size(); i++) {
                lines.add(new AssignmentLine(customerId.get(i), agentId.get(i), version.get(i)));
            }
            int n = assignment.apply(lines).size();
            redirect.addFlashAttribute("success", n == 0 ? "assignment.nothing-changed" : "assignment.assigned");
        } catch (BusinessException e) {
            redirect.addFlashAttribute("error", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.arguments());
        }
        return "redirect:" + filter.toQuery();
    }

    private String render(AssignmentFilter filter, List<Long> selected, Long agentId, Model model) {
        List<AssignmentLoad> agents = board.agents(filter.department());
        model.addAttribute("customers", board.customers(filter.owner(), filter.q(),
                PageQuery.of(filter.page(), PageQuery.DEFAULT_SIZE, filter.sort())));
        model.addAttribute("agents", agents);
        model.addAttribute("ownerNames", agents.stream()
                .collect(Collectors.toMap(AssignmentLoad::agentId, AssignmentLoad::name)));
        model.addAttribute("selected", selected);
        model.addAttribute("selectedAgent", agentId);
        model.addAttribute("firstContactDays", assignment.firstContactDays());
        model.addAttribute("now", Instant.now(clock));
        SignedInUser me = SignedInUser.current();
        if (me != null && me.hasAtLeast(Role.DEPT_MANAGER)) {
            model.addAttribute("departments", departments.all());
        }
        return VIEW;
    }
}
