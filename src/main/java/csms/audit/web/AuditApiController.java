package csms.audit.web;

import csms.audit.AuditTrail;
import csms.shared.PageQuery;
import java.time.ZoneId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail over REST, filtered like the page; {@code from}/{@code to} are days in the organisation's zone. */
@RestController
class AuditApiController {

    private final AuditTrail trail;
    private final PersonalDataMask mask;

    AuditApiController(AuditTrail trail, PersonalDataMask mask) {
        this.trail = trail;
        this.mask = mask;
    }

    @GetMapping("/api/v1/audit")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    AuditPageView find(@ModelAttribute AuditFilter filter, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort, ZoneId zone) {
        return AuditPageView.of(trail.browse(filter.toQuery(zone), PageQuery.of(page, size, sort)).map(e -> AuditEntryView.of(e, mask)));
    }
}
