package csms.visit.web;

import csms.service.Satisfaction;
import csms.shared.BusinessException;
import csms.shared.FormErrors;
import csms.visit.SurveyLinkRefused;
import csms.visit.VisitSurveyLinks;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The customer's questionnaire opened from the one-time link in an e-mail or SMS (VIS-6): no sign-in, a page made
 * for a phone screen without the application's navigation. A used link says it was answered; an expired, replaced or
 * unknown one says it no longer works (410 / 404); a visit the agent already ended refuses the link (410).
 */
@Controller
@RequestMapping("/c/survey/{token}")
class CustomerSurveyController {

    private final VisitSurveyLinks links;

    CustomerSurveyController(VisitSurveyLinks links) {
        this.links = links;
    }

    @GetMapping
    @PermitAll
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        try {
            if (!model.containsAttribute("surveyForm")) {
                model.addAttribute("surveyForm", new SurveyForm());
            }
            return form(token, model);
        } catch (SurveyLinkRefused e) {
            return refused(e.reason(), model, response);
        }
    }

    @PostMapping
    @PermitAll
    String submit(@PathVariable String token, @ModelAttribute("surveyForm") SurveyForm form, BindingResult result,
            Model model, HttpServletResponse response) {
        try {
            if (!result.hasErrors()) {
                try {
                    links.submit(token, form.toAnswers());
                    model.addAttribute("state", "DONE");
                    return "visit/survey";
                } catch (BusinessException e) {
                    FormErrors.reject(result, e);
                }
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(token, model);
        } catch (SurveyLinkRefused e) {
            return refused(e.reason(), model, response);
        } catch (OptimisticLockingFailureException e) {
            // answered at the same moment in another window
            return refused(SurveyLinkRefused.Reason.ANSWERED, model, response);
        }
    }

    private String form(String token, Model model) {
        model.addAttribute("survey", links.open(token));
        model.addAttribute("token", token);
        model.addAttribute("satisfactions", Satisfaction.values());
        model.addAttribute("state", "OPEN");
        return "visit/survey";
    }

    private static String refused(SurveyLinkRefused.Reason reason, Model model, HttpServletResponse response) {
        response.setStatus(reason == SurveyLinkRefused.Reason.UNKNOWN ? HttpStatus.NOT_FOUND.value()
                : HttpStatus.GONE.value());
        model.addAttribute("state", reason.name());
        return "visit/survey";
    }
}
