package csms.system.web;

import csms.shared.BusinessException;
import csms.shared.FormErrors;
import csms.shared.RuleViolation;
import csms.system.OrganisationSettings;
import csms.system.SetupForm;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** First run: name the organisation and create the first administrator. Closed for good afterwards. */
@Controller
class SetupController {

    static final List<String> ZONES = List.of("Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Macau",
            "Asia/Urumqi", "Asia/Singapore", "Asia/Tokyo", "Europe/London", "America/New_York", "UTC");

    private final OrganisationSettings organisation;

    SetupController(OrganisationSettings organisation) {
        this.organisation = organisation;
    }

    @GetMapping("/setup")
    @PermitAll
    String form(Model model) {
        if (organisation.isSetUp()) {
            return "redirect:/login";
        }
        model.addAttribute("setupForm", SetupForm.empty());
        model.addAttribute("zones", ZONES);
        return "system/setup";
    }

    @PostMapping("/setup")
    @PermitAll
    String submit(@Valid @ModelAttribute("setupForm") SetupForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (organisation.isSetUp()) {
            return "redirect:/login";
        }
        model.addAttribute("zones", ZONES);
        if (!ZoneId.getAvailableZoneIds().contains(form.timeZone())) {
            result.rejectValue("timeZone", "validation.time-zone", new Object[] { form.timeZone() }, null);
        }
        if (result.hasErrors()) {
            return "system/setup";
        }
        try {
            organisation.setUp(form);
        } catch (RuleViolation e) {
            FormErrors.reject(result, java.util.Map.of("password", "adminPassword", "username", "adminUsername"), e);
            return "system/setup";
        } catch (BusinessException e) {
            return "redirect:/login";
        }
        redirect.addFlashAttribute("success", "setup.done");
        return "redirect:/login";
    }
}
