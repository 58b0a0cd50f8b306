package csms.service.web;

import csms.service.ComplaintConfirmations;
import csms.shared.NotFoundException;
import jakarta.annotation.security.PermitAll;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The customer-facing confirmation page of a complaint's solution (CMP-5), opened from the one-time link in an
 * email or SMS; no sign-in. An unknown, used or expired link shows one neutral page.
 */
@Controller
@RequestMapping("/c/confirm/{token}")
class CustomerConfirmationController {

    private final ComplaintConfirmations confirmations;

    CustomerConfirmationController(ComplaintConfirmations confirmations) {
        this.confirmations = confirmations;
    }

    @GetMapping
    @PermitAll
    String show(@PathVariable String token, Model model) {
        try {
            model.addAttribute("confirmation", confirmations.open(token));
            model.addAttribute("token", token);
            return "service/confirm";
        } catch (NotFoundException e) {
            return invalid(model);
        }
    }

    @PostMapping
    @PermitAll
    String confirm(@PathVariable String token, Model model) {
        try {
            confirmations.confirm(token);
            model.addAttribute("done", true);
            return "service/confirm";
        } catch (NotFoundException e) {
            return invalid(model);
        }
    }

    private static String invalid(Model model) {
        model.addAttribute("invalid", true);
        return "service/confirm";
    }
}
