package csms.audit.web;

import csms.audit.AuditTrail;
import csms.shared.PageQuery;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Browsing the audit trail: supervisors and above, and administrators. */
@Controller
class AuditController {

    private final AuditTrail trail;
    private final KnownActions actions;

    AuditController(AuditTrail trail, KnownActions actions) {
        this.trail = trail;
        this.actions = actions;
    }

    /**
     * Newest first; the day filters are days in the organisation's time zone (the {@code zone} argument). A date
     * that cannot be read is reported and left out, the other filters still apply.
     */
    @GetMapping("/audit")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    String trail(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) String subjectType, @RequestParam(required = false) String subjectId,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer page, ZoneId zone, Model model) {
        List<String> badDates = new ArrayList<>();
        AuditFilter filter = new AuditFilter(actor, action, subjectType, subjectId, day(from, "from", badDates),
                day(to, "to", badDates));
        model.addAttribute("page", trail.browse(filter.toQuery(zone), PageQuery.of(page, PageQuery.DEFAULT_SIZE, null)));
        model.addAttribute("badDates", badDates);
        model.addAttribute("actor", actor);
        model.addAttribute("action", action);
        model.addAttribute("subjectType", subjectType);
        model.addAttribute("subjectId", subjectId);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        List<String> known = new ArrayList<>(actions.all());
        if (action != null && !action.isBlank() && !known.contains(action)) {
            known.add(0, action);
        }
        model.addAttribute("actions", known);
        model.addAttribute("filtered", !filter.isEmpty());
        return "audit/trail";
    }

    private static LocalDate day(String raw, String field, List<String> bad) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            bad.add(field);
            return null;
        }
    }
}
