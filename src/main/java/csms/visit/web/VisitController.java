package csms.visit.web;

import csms.customer.CustomerCard;
import csms.customer.CustomerKind;
import csms.customer.Salutation;
import csms.script.Placeholders;
import csms.service.Satisfaction;
import csms.service.ServiceRequests;
import csms.shared.BusinessException;
import csms.shared.ConflictException;
import csms.shared.FormErrors;
import csms.shared.NotFoundException;
import csms.shared.PageQuery;
import csms.visit.ReturnVisits;
import csms.visit.VisitDetails;
import csms.visit.VisitOutcome;
import csms.visit.VisitSurveyLinks;
import csms.visit.VisitView;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
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

/** The agent's visit list and the visit screen with its outcome form (VIS-1, VIS-3, VIS-8). */
@Controller
class VisitController {

    private static final int PAGE_SIZE = 20;

    private final ReturnVisits visits;
    private final ServiceRequests requests;
    private final VisitSurveyLinks surveyLinks;

    VisitController(ReturnVisits visits, ServiceRequests requests, VisitSurveyLinks surveyLinks) {
        this.visits = visits;
        this.requests = requests;
        this.surveyLinks = surveyLinks;
    }

    @GetMapping("/visits")
    @PreAuthorize("hasRole('AGENT')")
    String list(@RequestParam(required = false) VisitView view, @RequestParam(required = false) Long request,
            @RequestParam(required = false) Boolean mine, @RequestParam(required = false) Long campaign,
            @RequestParam(required = false) Long agent, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort, Model model) {
        VisitView v = view == null ? VisitView.OPEN : view;
        boolean mineOnly = Boolean.TRUE.equals(mine);
        model.addAttribute("page", visits.list(v, request, campaign, agent, mineOnly,
                PageQuery.of(page, PAGE_SIZE, sort)));
        model.addAttribute("view", v);
        model.addAttribute("views", VisitView.values());
        model.addAttribute("request", request);
        model.addAttribute("mine", mineOnly);
        model.addAttribute("campaign", campaign);
        model.addAttribute("agent", agent);
        model.addAttribute("sort", sort);
        return "visit/list";
    }

    @GetMapping("/visits/{id}")
    @PreAuthorize("hasRole('AGENT')")
    String show(@PathVariable long id, Model model) {
        if (!model.containsAttribute("visitForm")) {
            VisitForm form = new VisitForm();
            model.addAttribute("visitForm", form);
        }
        return page(id, model);
    }

    @PostMapping("/visits/{id}")
    @PreAuthorize("hasRole('AGENT')")
    String record(@PathVariable long id, @ModelAttribute("visitForm") VisitForm form, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                visits.record(id, form.toRecord());
                redirect.addFlashAttribute("success", "visit.done." + form.getOutcome());
                return "redirect:/visits/" + id;
            } catch (ConflictException e) {
                FormErrors.reject(result, e);
                response.setStatus(HttpStatus.CONFLICT.value());
            } catch (BusinessException e) {
                FormErrors.reject(result, e);
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            }
        } else {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return page(id, model);
    }

    private String page(long id, Model model) {
        VisitDetails d = visits.view(id);
        model.addAttribute("d", d);
        model.addAttribute("v", d.visit());
        CustomerCard card = d.customer();
        boolean person = card != null && card.kind() == CustomerKind.PERSON;
        String surname = person ? Placeholders.surnameOf(card.name()) : null;
        // the opening line addresses 张先生 / 李女士; without a title or a surname the neutral 您
        boolean titled = card != null && card.salutation() != Salutation.NONE && surname != null;
        model.addAttribute("addressKey", titled ? "visit.address." + card.salutation() : "visit.address.neutral");
        model.addAttribute("surname", surname);
        // the script panel fills {customer.title} and {customer.surname}; unknown ones become the neutral form
        model.addAttribute("titleKey", card != null && card.salutation() != Salutation.NONE
                ? "salutation." + card.salutation() : null);
        model.addAttribute("serviceName", serviceOf(d.visit().getSourceRequestId()));
        model.addAttribute("outcomes", VisitOutcome.values());
        model.addAttribute("satisfactions", Satisfaction.values());
        model.addAttribute("survey", surveyLinks.status(id));
        return "visit/visit";
    }

    /** {service} in the visit script: the subject of the request the visit asks about, when the agent may see it. */
    private String serviceOf(Long requestId) {
        if (requestId == null) {
            return null;
        }
        try {
            return requests.view(requestId).subject();
        } catch (NotFoundException | AccessDeniedException e) {
            return null;
        }
    }
}
