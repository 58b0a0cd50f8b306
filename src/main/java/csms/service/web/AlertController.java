package csms.service.web;

import csms.service.ServiceAlerts;
import csms.shared.PageQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed-in user's alerts (breaches, escalations, crisis events, overdue promises) and the navigation badge. */
@Controller
@RequestMapping("/alerts")
@PreAuthorize("hasRole('AGENT')")
class AlertController {

    private final ServiceAlerts alerts;

    AlertController(ServiceAlerts alerts) {
        this.alerts = alerts;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("alerts", alerts.mine(PageQuery.of(page, 20, null)));
        return "service/alerts";
    }

    /** The unread count for the bell in the navigation bar (an htmx fragment; empty when zero). */
    @GetMapping("/badge")
    String badge(Model model) {
        model.addAttribute("unread", alerts.unreadCount());
        return "service/alerts :: badge";
    }

    @PostMapping("/{id}/read")
    String read(@PathVariable long id, @RequestParam long request) {
        alerts.markRead(id);
        return "redirect:/requests/" + request;
    }

    @PostMapping("/read")
    String readAll() {
        alerts.markAllRead();
        return "redirect:/alerts";
    }
}
