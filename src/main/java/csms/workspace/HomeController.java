package csms.workspace;

import csms.customer.ArchiveRefresh;
import csms.customer.FirstContactDuties;
import csms.customer.FirstContactDuty;
import csms.identity.SignedInUser;
import csms.service.PromiseView;
import csms.service.Queue;
import csms.service.RequestTasks;
import csms.service.ServiceRequests;
import csms.shared.PageQuery;
import csms.shared.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The home page after sign-in: an agent's request queues and overdue promises, customers awaiting the first contact
 * (overdue first), a supervisor's team overview of those duties, a short welcome for everyone else.
 */
@Controller
class HomeController {

    static final int PANEL_SIZE = 20;
    static final int OVERDUE_PROMISES_SHOWN = 5;

    private final FirstContactDuties duties;
    private final ArchiveRefresh refresh;
    private final ServiceRequests requests;
    private final RequestTasks tasks;

    HomeController(FirstContactDuties duties, ArchiveRefresh refresh, ServiceRequests requests, RequestTasks tasks) {
        this.duties = duties;
        this.refresh = refresh;
        this.requests = requests;
        this.tasks = tasks;
    }

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer teamPage,
            Model model) {
        SignedInUser me = SignedInUser.current();
        boolean supervisor = me != null && me.hasAtLeast(Role.SUPERVISOR);
        if (me != null && me.hasAtLeast(Role.AGENT)) {
            Page<FirstContactDuty> mine = duties.mine(PageQuery.of(page, PANEL_SIZE, null));
            if (!supervisor || !mine.isEmpty()) {
                model.addAttribute("myDuties", mine);
            }
            model.addAttribute("refreshDueCount", refresh.dueCount(me.id()));
            model.addAttribute("queueCounts", queueCounts(supervisor));
            model.addAttribute("overduePromises", overduePromises(me.id()));
        }
        if (supervisor) {
            model.addAttribute("overview", duties.overview(null, PageQuery.of(teamPage, PANEL_SIZE, null)));
            model.addAttribute("teamPage", teamPage == null ? 0 : teamPage);
            model.addAttribute("myPage", page == null ? 0 : page);
        }
        if (me == null || !me.hasAtLeast(Role.AGENT)) {
            model.addAttribute("welcome", true);
        }
        return "workspace/home";
    }

    /** The signed-in user's queues with their counts, in the workspace's order; escalations are the supervisor's. */
    private Map<Queue, Long> queueCounts(boolean supervisor) {
        Map<Queue, Long> counts = new LinkedHashMap<>(requests.queueCounts());
        if (!supervisor) {
            counts.remove(Queue.ESCALATED);
        }
        return counts;
    }

    /** The user's own promises past their due time (SVC-6); the open promises come sorted by due time. */
    private List<PromiseView> overduePromises(long me) {
        return tasks.openPromises(PageQuery.of(0, PageQuery.MAX_SIZE, null)).stream()
                .filter(p -> p.overdue() && p.agentId() == me).limit(OVERDUE_PROMISES_SHOWN).toList();
    }
}
