package csms.customer.web;

import csms.customer.CustomerArchive;
import csms.customer.MergeCustomers;
import csms.shared.BusinessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Merging duplicates (CUS-4): pick a candidate for the record that stays, preview, confirm. Supervisors and above. */
@Controller
@RequestMapping("/customers/{id}/merge")
class CustomerMergeController {

    private final CustomerArchive archive;

    CustomerMergeController(CustomerArchive archive) {
        this.archive = archive;
    }

    @GetMapping
    @PreAuthorize("hasRole('SUPERVISOR')")
    String page(@PathVariable long id, @RequestParam(required = false) Long duplicate, Model model) {
        model.addAttribute("candidates", archive.mergeCandidates(id));
        if (duplicate != null) {
            try {
                var preview = archive.previewMerge(id, duplicate);
                model.addAttribute("preview", preview);
                model.addAttribute("survivor", preview.survivor());
            } catch (BusinessException e) {
                model.addAttribute("error", e.messageKey());
                model.addAttribute("errorArgs", e.arguments());
            }
        }
        if (!model.containsAttribute("survivor")) {
            model.addAttribute("survivor", archive.view(id));
        }
        return "customer/merge";
    }

    @PostMapping
    @PreAuthorize("hasRole('SUPERVISOR')")
    String merge(@PathVariable long id, @RequestParam long duplicateId, @RequestParam long survivorVersion,
            @RequestParam long duplicateVersion, RedirectAttributes redirect) {
        try {
            archive.merge(id, new MergeCustomers(duplicateId, survivorVersion, duplicateVersion));
            redirect.addFlashAttribute("success", "customer.merge.done");
            return "redirect:/customers/" + id;
        } catch (BusinessException e) {
            redirect.addFlashAttribute("error", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.arguments());
            return "redirect:/customers/" + id + "/merge?duplicate=" + duplicateId;
        }
    }
}
