package csms.customer.web;

import csms.customer.ArchiveRefresh;
import csms.shared.BusinessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Information checked, still current" on a customer's page (CUS-2 monthly refresh). */
@Controller
class ArchiveRefreshController {

    private final ArchiveRefresh refresh;

    ArchiveRefreshController(ArchiveRefresh refresh) {
        this.refresh = refresh;
    }

    @PostMapping("/customers/{id}/refresh")
    @PreAuthorize("hasRole('AGENT')")
    String confirmCurrent(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            refresh.confirmCurrent(id, version);
            redirect.addFlashAttribute("success", "customer.refresh.done");
        } catch (BusinessException e) {
            redirect.addFlashAttribute("error", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.arguments());
        }
        return "redirect:/customers/" + id;
    }
}
