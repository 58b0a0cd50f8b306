package csms.visit.web;

import csms.customer.CustomerGrades;
import csms.shared.BusinessException;
import csms.shared.ConflictException;
import csms.shared.FormErrors;
import csms.shared.PageQuery;
import csms.visit.CampaignChannel;
import csms.visit.CampaignProgress;
import csms.visit.CampaignStatus;
import csms.visit.VisitCampaign;
import csms.visit.VisitCampaigns;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The campaign pages (VIS-6): the list by status, the form with the count of the selection before committing
 * (htmx), the campaign with its progress per agent, distributing to agents and closing after a confirmation.
 */
@Controller
class VisitCampaignController {

    static final String BASE = "/visits/campaigns";
    private static final int PAGE_SIZE = 20;
    private static final String FORM = "campaignForm";

    private final VisitCampaigns campaigns;
    private final CustomerGrades grades;

    VisitCampaignController(VisitCampaigns campaigns, CustomerGrades grades) {
        this.campaigns = campaigns;
        this.grades = grades;
    }

    @GetMapping(BASE)
    @PreAuthorize("hasRole('SUPERVISOR')")
    String list(@RequestParam(required = false) CampaignStatus status, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort, Model model) {
        model.addAttribute("page", campaigns.list(status, PageQuery.of(page, PAGE_SIZE, sort)));
        model.addAttribute("status", status);
        model.addAttribute("statuses", CampaignStatus.values());
        model.addAttribute("sort", sort);
        return "visit/campaign/list";
    }

    @GetMapping(BASE + "/new")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String newForm(Model model) {
        model.addAttribute(FORM, new CampaignForm());
        return form(model, null);
    }

    /**
     * The number of customers the selection finds, for the form (htmx) before the campaign is created. A filter
     * that cannot be read answers 200 with a message: htmx swaps only successful answers into the page.
     */
    @GetMapping(BASE + "/count")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String count(@ModelAttribute(FORM) CampaignForm form, BindingResult result, Model model) {
        if (result.hasErrors()) {
            model.addAttribute("countInvalid", true);
            return "visit/campaign/form :: count";
        }
        try {
            model.addAttribute("count", campaigns.count(form.selection()));
        } catch (BusinessException e) {
            model.addAttribute("countInvalid", true);
        }
        return "visit/campaign/form :: count";
    }

    @PostMapping(BASE)
    @PreAuthorize("hasRole('SUPERVISOR')")
    String create(@ModelAttribute(FORM) CampaignForm form, BindingResult result, Model model,
            HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                return "redirect:" + BASE + "/" + campaigns.create(form.draft()).getId();
            } catch (BusinessException e) {
                FormErrors.reject(result, e);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(model, null);
    }

    @GetMapping(BASE + "/{id}/edit")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String edit(@PathVariable long id, Model model) {
        VisitCampaign c = campaigns.progress(id).campaign();
        if (c.isClosed()) {
            throw new ConflictException("campaign.closed");
        }
        model.addAttribute(FORM, CampaignForm.of(c));
        return form(model, c);
    }

    @PostMapping(BASE + "/{id}")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String change(@PathVariable long id, @ModelAttribute(FORM) CampaignForm form, BindingResult result, Model model,
            HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                VisitCampaign current = campaigns.progress(id).campaign();
                if (current.getStatus() != CampaignStatus.DRAFT) {
                    form.keepSelectionOf(current); // the fields are read-only once distributed
                }
                campaigns.change(id, form.draft(), form.getVersion() == null ? -1 : form.getVersion());
                return "redirect:" + BASE + "/" + id;
            } catch (ConflictException e) {
                FormErrors.reject(result, e);
                response.setStatus(HttpStatus.CONFLICT.value());
                return form(model, campaigns.progress(id).campaign());
            } catch (BusinessException e) {
                FormErrors.reject(result, e);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(model, campaigns.progress(id).campaign());
    }

    @GetMapping(BASE + "/{id}")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String show(@PathVariable long id, Model model) {
        return page(id, model);
    }

    @PostMapping(BASE + "/{id}/distribute")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String distribute(@PathVariable long id, @RequestParam(name = "agentIds", required = false) List<Long> agentIds,
            @RequestParam long version, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            campaigns.distribute(id, agentIds, version);
            redirect.addFlashAttribute("success", "campaign.distributed-ok");
            return "redirect:" + BASE + "/" + id;
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("problem", e);
        } catch (BusinessException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problem", e);
        }
        return page(id, model);
    }

    @GetMapping(BASE + "/{id}/close")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String confirmClose(@PathVariable long id, Model model) {
        CampaignProgress p = campaigns.progress(id);
        if (p.campaign().isClosed()) {
            throw new ConflictException("campaign.closed");
        }
        model.addAttribute("p", p);
        model.addAttribute("c", p.campaign());
        return "visit/campaign/close";
    }

    @PostMapping(BASE + "/{id}/close")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String close(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        campaigns.close(id, version);
        redirect.addFlashAttribute("success", "campaign.closed-ok");
        return "redirect:" + BASE + "/" + id;
    }

    private String page(long id, Model model) {
        CampaignProgress p = campaigns.progress(id);
        model.addAttribute("p", p);
        model.addAttribute("c", p.campaign());
        if (p.campaign().getStatus() == CampaignStatus.DRAFT) {
            model.addAttribute("agents", campaigns.agentChoices());
        }
        return "visit/campaign/show";
    }

    private String form(Model model, VisitCampaign editing) {
        model.addAttribute("editing", editing);
        model.addAttribute("channels", CampaignChannel.values());
        model.addAttribute("grades", grades.all());
        model.addAttribute("agents", campaigns.agentChoices());
        return "visit/campaign/form";
    }
}
