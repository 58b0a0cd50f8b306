package csms.visit.web;

import csms.shared.BusinessException;
import csms.shared.NotFoundException;
import csms.visit.SurveyChannel;
import csms.visit.VisitSurveyLinks;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sends the visit's questionnaire link to the customer from the visit screen (VIS-6). */
@Controller
class VisitSurveyLinkController {

    private final VisitSurveyLinks links;

    VisitSurveyLinkController(VisitSurveyLinks links) {
        this.links = links;
    }

    @PostMapping("/visits/{id}/survey-link")
    @PreAuthorize("hasRole('AGENT')")
    String send(@PathVariable long id, @RequestParam(required = false) SurveyChannel channel,
            RedirectAttributes redirect) {
        try {
            links.send(id, channel);
            redirect.addFlashAttribute("success", "visitsurvey.sent." + channel);
        } catch (NotFoundException e) {
            throw e;
        } catch (BusinessException e) {
            redirect.addFlashAttribute("error", e.messageKey());
            if (e.arguments().length > 0) {
                redirect.addFlashAttribute("errorArgs", e.arguments());
            }
        }
        return "redirect:/visits/" + id;
    }
}
