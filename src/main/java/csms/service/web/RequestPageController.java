package csms.service.web;

import csms.service.RequestTasks;
import csms.service.ServiceRequests;
import csms.service.web.RequestPageForms.AnswerForm;
import csms.service.web.RequestPageForms.AssignForm;
import csms.service.web.RequestPageForms.EntryForm;
import csms.service.web.RequestPageForms.PromiseForm;
import csms.service.web.RequestPageForms.ReasonForm;
import csms.service.web.RequestPageForms.ReferralForm;
import jakarta.servlet.http.HttpServletResponse;
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
 * A service request's page (SVC-1 … SVC-8): what it is and who has it, its timeline, and what the user may do on
 * it — notes and contact records, assignment and transfer, escalation, the read-back mark, resolution, promises and
 * the call record sheet. Each change carries the version the user saw; a request the user may not see is 404.
 */
@Controller
@RequestMapping("/requests/{id}")
class RequestPageController {

    private final RequestPage page;
    private final ServiceRequests requests;
    private final RequestTasks tasks;

    RequestPageController(RequestPage page, ServiceRequests requests, RequestTasks tasks) {
        this.page = page;
        this.requests = requests;
        this.tasks = tasks;
    }

    @GetMapping
    @PreAuthorize("hasRole('AGENT')")
    String show(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
        return this.page.show(id, page, model);
    }

    @PostMapping("/entries")
    @PreAuthorize("hasRole('AGENT')")
    String addEntry(@PathVariable long id, @RequestParam long version, @ModelAttribute("entryForm") EntryForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return page.submit(id, result, () -> requests.addEntry(id, form.getKind(), form.getText(), form.isInternal(),
                form.isClosing(), version), "requestpage.done.entry", "timeline", model, redirect, response);
    }

    @PostMapping("/assignment")
    @PreAuthorize("hasRole('AGENT')")
    String assign(@PathVariable long id, @RequestParam long version, @ModelAttribute("assignForm") AssignForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return page.submit(id, result, () -> requests.assign(id, form.getDepartmentId(), form.getAssigneeId(), version),
                "requestpage.done.assigned", "top", model, redirect, response);
    }

    @PostMapping("/escalation")
    @PreAuthorize("hasRole('AGENT')")
    String escalate(@PathVariable long id, @RequestParam long version,
            @ModelAttribute("escalateForm") ReasonForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return page.submit(id, result, () -> requests.escalate(id, form.getReason(), version),
                "requestpage.done.escalated", "top", model, redirect, response);
    }

    @PostMapping("/read-back")
    @PreAuthorize("hasRole('AGENT')")
    String readBack(@PathVariable long id, @RequestParam long version, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return page.submit(id, RequestPage.action(), () -> requests.confirmCustomerDetails(id, version),
                "requestpage.done.read-back", "top", model, redirect, response);
    }

    @PostMapping("/resolution")
    @PreAuthorize("hasRole('AGENT')")
    String resolve(@PathVariable long id, @RequestParam long version, @ModelAttribute("resolveForm") AnswerForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return page.submit(id, result, () -> requests.resolve(id, form.getAnswer(), version),
                "requestpage.done.resolved", "top", model, redirect, response);
    }

    @PostMapping("/reopening")
    @PreAuthorize("hasRole('AGENT')")
    String reopen(@PathVariable long id, @RequestParam long version, @ModelAttribute("reopenForm") ReasonForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return page.submit(id, result, () -> requests.reopen(id, form.getReason(), version),
                "requestpage.done.reopened", "top", model, redirect, response);
    }

    @PostMapping("/promises")
    @PreAuthorize("hasRole('AGENT')")
    String promise(@PathVariable long id, @ModelAttribute("promiseForm") PromiseForm form, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return page.submit(id, result, () -> tasks.promise(id, form.getDescription(),
                RequestPageForms.instant(form.getDueAt(), page.zone())), "requestpage.done.promised", "promises",
                model, redirect, response);
    }

    @PostMapping("/promises/{promiseId}/kept")
    @PreAuthorize("hasRole('AGENT')")
    String keep(@PathVariable long id, @PathVariable long promiseId, @RequestParam long version, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return page.submit(id, RequestPage.action(), () -> tasks.keep(promiseId, version),
                "servicedesk.promise.kept", "promises", model, redirect, response);
    }

    @PostMapping("/referrals")
    @PreAuthorize("hasRole('AGENT')")
    String refer(@PathVariable long id, @ModelAttribute("referralForm") ReferralForm form, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return page.submit(id, result, () -> tasks.refer(id, form.getQuestion(), form.getDepartmentId()),
                "requestpage.done.referred", "referrals", model, redirect, response);
    }

    @PostMapping("/referrals/{referralId}/call-back")
    @PreAuthorize("hasRole('AGENT')")
    String calledBack(@PathVariable long id, @PathVariable long referralId, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return page.submit(id, RequestPage.action(), () -> tasks.calledBack(referralId),
                "requestpage.done.called-back", "referrals", model, redirect, response);
    }
}
