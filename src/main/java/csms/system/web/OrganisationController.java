package csms.system.web;

import csms.shared.FormErrors;

import csms.shared.BusinessException;
import csms.shared.ConflictException;
import csms.system.Organisation;
import csms.system.OrganisationSettings;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator edits the organisation's name, service centre name and time zone. */
@Controller
class OrganisationController {

    /** The organisation settings as edited (page form and API body); the version is the one the user saw. */
    record OrganisationForm(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 100) String serviceCentreName,
            @NotBlank @Size(max = 64) String timeZone, Long version) {

        static OrganisationForm of(Organisation o) {
            return new OrganisationForm(o.getName(), o.getServiceCentreName(), o.getTimeZone(), o.getVersion());
        }
    }

    private static final String FORM = "organisationForm";

    private final OrganisationSettings organisation;

    OrganisationController(OrganisationSettings organisation) {
        this.organisation = organisation;
    }

    @GetMapping("/settings/organisation")
    @PreAuthorize("hasRole('ADMIN')")
    String form(Model model) {
        model.addAttribute(FORM, OrganisationForm.of(current()));
        return page(model, null);
    }

    @PostMapping("/settings/organisation")
    @PreAuthorize("hasRole('ADMIN')")
    String save(@Valid @ModelAttribute(FORM) OrganisationForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                organisation.update(form.name(), form.serviceCentreName(), form.timeZone(),
                        form.version() == null ? -1 : form.version());
                redirect.addFlashAttribute("success", "organisation.saved");
                return "redirect:/settings/organisation";
            } catch (ConflictException e) {
                FormErrors.reject(result, e);
                response.setStatus(HttpStatus.CONFLICT.value());
            } catch (BusinessException e) {
                FormErrors.reject(result, e);
            }
        }
        return page(model, form.timeZone());
    }

    private Organisation current() {
        return organisation.current().orElseThrow(() -> new ConflictException("setup.not-done"));
    }

    private String page(Model model, String typedZone) {
        List<String> zones = new ArrayList<>(SetupController.ZONES);
        String zone = current().getTimeZone();
        for (String z : new String[] { zone, typedZone }) {
            if (z != null && !zones.contains(z) && ZoneId.getAvailableZoneIds().contains(z)) {
                zones.add(z);
            }
        }
        model.addAttribute("zones", zones);
        return "system/organisation";
    }
}
