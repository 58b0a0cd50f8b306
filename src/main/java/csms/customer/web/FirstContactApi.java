package csms.customer.web;

import csms.customer.FirstContactDuties;
import csms.customer.FirstContactDuty;
import csms.customer.FirstContactOverview;
import csms.shared.PageQuery;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Open first-contact duties (CUS-5): the agent's own, and the supervisor's team overview. */
@RestController
class FirstContactApi {

    record FirstContactOverviewResponse(Long departmentId, long totalAwaiting, long totalOverdue,
            List<FirstContactOverview.AgentTally> agents, AssignmentApiPage<FirstContactDuty> duties) {
    }

    private final FirstContactDuties duties;

    FirstContactApi(FirstContactDuties duties) {
        this.duties = duties;
    }

    /** My customers awaiting the first contact, overdue first, then by due time. */
    @GetMapping("/api/v1/me/first-contacts")
    @PreAuthorize("hasRole('AGENT')")
    AssignmentApiPage<FirstContactDuty> mine(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
        return AssignmentApiPage.of(duties.mine(PageQuery.of(page, size, sort)));
    }

    /** The team's open duties with per-agent counts; a manager may name a department. */
    @GetMapping("/api/v1/first-contacts/overview")
    @PreAuthorize("hasRole('SUPERVISOR')")
    FirstContactOverviewResponse overview(@RequestParam(required = false) Long departmentId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        FirstContactOverview o = duties.overview(departmentId, PageQuery.of(page, size, sort));
        return new FirstContactOverviewResponse(o.departmentId(), o.totalAwaiting(), o.totalOverdue(), o.agents(),
                AssignmentApiPage.of(o.duties()));
    }
}
