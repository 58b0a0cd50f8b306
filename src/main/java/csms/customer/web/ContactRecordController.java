package csms.customer.web;

import csms.customer.ContactChannel;
import csms.customer.ContactRecordDraft;
import csms.customer.ContactRecords;
import csms.shared.BusinessException;
import csms.shared.FormErrors;
import csms.shared.PageQuery;
import csms.system.OrganisationSettings;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
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

/** A customer's contact records and the form to file one (CUS-5). */
@Controller
@RequestMapping("/customers/{customerId}/contacts")
@PreAuthorize("hasRole('AGENT')")
class ContactRecordController {

    static final String VIEW = "customer/contacts";

    private final ContactRecords records;
    private final OrganisationSettings organisation;
    private final Clock clock;

    ContactRecordController(ContactRecords records, OrganisationSettings organisation, Clock clock) {
        this.records = records;
        this.organisation = organisation;
        this.clock = clock;
    }

    @GetMapping
    String list(@PathVariable long customerId, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("contactForm", new ContactRecordForm());
        return show(customerId, page, model);
    }

    @PostMapping
    String file(@PathVariable long customerId, @Valid @ModelAttribute("contactForm") ContactRecordForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return show(customerId, null, model);
        }
        try {
            var contactedAt = form.getContactedAt() == null ? null : form.getContactedAt().atZone(organisation.zone()).toInstant();
            records.file(customerId, new ContactRecordDraft(contactedAt, form.getChannel(), form.getSummary()));
        } catch (BusinessException e) {
            FormErrors.reject(result, e);
            return show(customerId, null, model);
        }
        redirect.addFlashAttribute("contactFiled", true);
        return "redirect:/customers/" + customerId + "/contacts";
    }

    private String show(long customerId, Integer page, Model model) {
        model.addAttribute("subject", records.subject(customerId));
        model.addAttribute("records", records.list(customerId, PageQuery.of(page, PageQuery.DEFAULT_SIZE, null)));
        model.addAttribute("channels", ContactChannel.values());
        model.addAttribute("latest",
                LocalDateTime.now(clock.withZone(organisation.zone())).truncatedTo(ChronoUnit.MINUTES).toString());
        return VIEW;
    }
}
