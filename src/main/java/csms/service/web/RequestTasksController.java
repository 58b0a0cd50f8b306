package csms.service.web;

import csms.identity.SignedInUser;
import csms.service.PromiseView;
import csms.service.ReferralView;
import csms.service.RequestTasks;
import csms.shared.PageQuery;
import csms.shared.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The tasks that hang on requests: open promises to customers (SVC-6), the agent's own and a supervisor's team's,
 * and the call record sheet's questions waiting for an answer from the user's department (SVC-3). Marking a promise
 * kept and answering a question work in place on the line.
 */
@Controller
@RequestMapping("/requests")
class RequestTasksController {

    static final int PAGE_SIZE = 20;

    private final RequestTasks tasks;

    RequestTasksController(RequestTasks tasks) {
        this.tasks = tasks;
    }

    @GetMapping("/promises")
    @PreAuthorize("hasRole('AGENT')")
    String promises(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("promises", tasks.openPromises(PageQuery.of(page, PAGE_SIZE, null)));
        model.addAttribute("team", SignedInUser.current().hasAtLeast(Role.SUPERVISOR));
        return "service/promises";
    }

    @PostMapping("/promises/{id}/keep")
    @PreAuthorize("hasRole('AGENT')")
    String keep(@PathVariable long id, @RequestParam long version,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) {
        ActionOutcome<PromiseView> outcome = ActionOutcome.of(() -> tasks.keep(id, version));
        if (htmx == null) {
            return back(redirect, "/requests/promises", "servicedesk.promise.kept", outcome);
        }
        model.addAttribute("outcome", outcome);
        model.addAttribute("promiseId", id);
        model.addAttribute("version", version);
        return "service/promises :: outcome";
    }

    @GetMapping("/referrals")
    @PreAuthorize("hasAnyRole('AGENT','HR')")
    String referrals(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("referrals", tasks.openForMyDepartment(PageQuery.of(page, PAGE_SIZE, null)));
        model.addAttribute("noDepartment", SignedInUser.current().departmentId() == null);
        return "service/referrals";
    }

    /** A member of the department answers; the request goes back to its agent to call the customer back. */
    @PostMapping("/referrals/{id}/answer")
    @PreAuthorize("hasAnyRole('AGENT','HR')")
    String answer(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String answer,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) {
        ActionOutcome<ReferralView> outcome = ActionOutcome.of(() -> tasks.answer(id, answer, version));
        if (htmx == null) {
            return back(redirect, "/requests/referrals", "servicedesk.referral.answered", outcome);
        }
        model.addAttribute("outcome", outcome);
        model.addAttribute("referralId", id);
        model.addAttribute("version", version);
        model.addAttribute("answer", answer);
        return "service/referrals :: outcome";
    }

    /** Without htmx: back to the list with the outcome as a flash message. */
    private static String back(RedirectAttributes redirect, String list, String done, ActionOutcome<?> outcome) {
        if (outcome.done()) {
            redirect.addFlashAttribute("success", done);
        } else {
            redirect.addFlashAttribute("error", outcome.problem());
            redirect.addFlashAttribute("errorArgs", outcome.args());
        }
        return "redirect:" + list;
    }
}
