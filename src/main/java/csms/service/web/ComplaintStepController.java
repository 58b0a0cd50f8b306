package csms.service.web;

import csms.service.ComplaintConfirmations;
import csms.service.ComplaintLoop;
import csms.service.web.ComplaintStepForms.DecisionForm;
import csms.service.web.ComplaintStepForms.ImplementForm;
import csms.service.web.ComplaintStepForms.InvestigateForm;
import csms.service.web.ComplaintStepForms.JudgeForm;
import csms.service.web.ComplaintStepForms.LinkForm;
import csms.service.web.ComplaintStepForms.ProposalForm;
import csms.service.web.ComplaintStepForms.SignatureForm;
import csms.service.web.ComplaintStepForms.SummaryForm;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The complaint closed loop's step forms on the request page (CMP-2 … CMP-7): each runs one step on the version
 * the user saw; a missing field shows the form again with the input and the field's error, nothing saved.
 * Approving and sending back the proposals are the supervisor's (CMP-4).
 */
@Controller
@RequestMapping("/requests/{id}/complaint")
class ComplaintStepController {

    private static final String ANCHOR = "complaint";

    private final RequestPage page;
    private final ComplaintLoop loop;
    private final ComplaintConfirmations confirmations;

    ComplaintStepController(RequestPage page, ComplaintLoop loop, ComplaintConfirmations confirmations) {
        this.page = page;
        this.loop = loop;
        this.confirmations = confirmations;
    }

    @PostMapping("/judgement")
    @PreAuthorize("hasRole('AGENT')")
    String judge(@PathVariable long id, @RequestParam long version, @ModelAttribute("judgeForm") JudgeForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return page.submit(id, result, () -> loop.judge(id, form.toStep(page.zone()), version),
                "requestpage.done.judged", ANCHOR, model, redirect, response);
    }

    @PostMapping("/investigation")
    @PreAuthorize("hasRole('AGENT')")
    String investigate(@PathVariable long id, @RequestParam long version,
            @ModelAttribute("investigateForm") InvestigateForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return page.submit(id, result, () -> loop.investigate(id, form.toStep(), version),
                "requestpage.done.investigated", ANCHOR, model, redirect, response);
    }

    @PostMapping("/proposals")
    @PreAuthorize("hasRole('AGENT')")
    String propose(@PathVariable long id, @RequestParam long version,
            @ModelAttribute("proposalForm") ProposalForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return page.submit(id, result, () -> loop.propose(id, form.toStep(), version),
                "requestpage.done.proposed", ANCHOR, model, redirect, response);
    }

    @PostMapping("/submission")
    @PreAuthorize("hasRole('AGENT')")
    String submit(@PathVariable long id, @RequestParam long version, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return page.submit(id, RequestPage.action(), () -> loop.submitForApproval(id, version),
                "requestpage.done.submitted", ANCHOR, model, redirect, response);
    }

    @PostMapping("/approval")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String approve(@PathVariable long id, @RequestParam long version,
            @ModelAttribute("decisionForm") DecisionForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return page.submit(id, result, () -> loop.approve(id, form.toStep(), version),
                "requestpage.done.approved", ANCHOR, model, redirect, response);
    }

    @PostMapping("/rejection")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String reject(@PathVariable long id, @RequestParam long version,
            @ModelAttribute("decisionForm") DecisionForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return page.submit(id, result, () -> loop.reject(id, form.toStep(), version),
                "requestpage.done.rejected", ANCHOR, model, redirect, response);
    }

    @PostMapping("/signature")
    @PreAuthorize("hasRole('AGENT')")
    String sign(@PathVariable long id, @RequestParam long version,
            @ModelAttribute("signatureForm") SignatureForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return page.submit(id, result, () -> loop.confirmBySignature(id, form.getSignature(), version),
                "requestpage.done.signed", ANCHOR, model, redirect, response);
    }

    @PostMapping("/confirmation-link")
    @PreAuthorize("hasRole('AGENT')")
    String sendLink(@PathVariable long id, @ModelAttribute("linkForm") LinkForm form, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return page.submit(id, result, () -> confirmations.sendLink(id, form.getMedium(), form.getAddress()),
                "requestpage.done.link-sent", ANCHOR, model, redirect, response);
    }

    @PostMapping("/implementation")
    @PreAuthorize("hasRole('AGENT')")
    String implement(@PathVariable long id, @RequestParam long version,
            @ModelAttribute("implementForm") ImplementForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return page.submit(id, result, ComplaintStepForms.PENALTY_FIELDS,
                () -> loop.implement(id, form.toStep(page.zone()), version), "requestpage.done.implemented", ANCHOR,
                model, redirect, response);
    }

    @PostMapping("/summary")
    @PreAuthorize("hasRole('AGENT')")
    String summarise(@PathVariable long id, @RequestParam long version,
            @ModelAttribute("summaryForm") SummaryForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return page.submit(id, result, () -> loop.summarise(id, form.toStep(), version),
                "requestpage.done.summarised", ANCHOR, model, redirect, response);
    }

    @PostMapping("/crisis")
    @PreAuthorize("hasRole('AGENT')")
    String declareCrisis(@PathVariable long id, @RequestParam long version, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return page.submit(id, RequestPage.action(), () -> loop.declareCrisis(id, version),
                "requestpage.done.crisis", "top", model, redirect, response);
    }
}
